-- Drivers without binaries of their own were stored with the SHA-256 of nothing as content hash, so every
-- such driver seemed to share one content. Their content is the INF alone: use the INF's hash, as imports now do.
UPDATE drivers_driver SET content_hash = inf_hash
WHERE content_hash = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
