-- Login throttling (issue 21): the checks still running for a name or address (counted before the
-- password is compared, so parallel guesses cannot outrun the count), when the last turn was
-- claimed, and how many locks came before (each lock doubles).
ALTER TABLE login_percobaan ADD COLUMN sedang INT DEFAULT 0 NOT NULL;
ALTER TABLE login_percobaan ADD COLUMN klaim_terakhir TIMESTAMP WITH TIME ZONE;
ALTER TABLE login_percobaan ADD COLUMN kunci_ke INT DEFAULT 0 NOT NULL;

-- Idempotency: a fingerprint of the request a key was first used for, so the same key with a
-- different request is refused instead of silently answering the first result.
ALTER TABLE idempotensi ADD COLUMN sidik VARCHAR(64);
