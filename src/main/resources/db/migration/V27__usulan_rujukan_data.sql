-- A proposal may come from the village's data: the item of the Indeks Desa it answers
-- ("INDEKS_DESA:2025:12") and, as it read when the proposal was made, how that item stood.
ALTER TABLE usulan ADD COLUMN rujukan_data VARCHAR(60);
ALTER TABLE usulan ADD COLUMN rujukan_label VARCHAR(400);
