-- On PostgreSQL the database itself refuses to change or remove entries of the personal data access
-- log, as for the audit trail.
CREATE FUNCTION akses_data_pribadi_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'akses_data_pribadi is append-only';
END
$$;
CREATE TRIGGER akses_data_pribadi_no_change BEFORE UPDATE OR DELETE ON akses_data_pribadi
    FOR EACH ROW EXECUTE FUNCTION akses_data_pribadi_append_only();
