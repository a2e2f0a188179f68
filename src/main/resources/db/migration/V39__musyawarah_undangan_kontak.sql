-- An invitee's phone number or e-mail (optional, issue 25): the invitation is sent to it through
-- the outbox when the person is added (seed 002: decisions are made known to the community).
ALTER TABLE musyawarah_undangan ADD COLUMN kontak VARCHAR(150);
