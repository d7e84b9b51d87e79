-- The learned model's judgement of every event (NULL for events coded without the model).
ALTER TABLE events ADD COLUMN confidence DOUBLE;
ALTER TABLE events ADD COLUMN model_probability DOUBLE;
ALTER TABLE events ADD COLUMN model_types VARCHAR;
