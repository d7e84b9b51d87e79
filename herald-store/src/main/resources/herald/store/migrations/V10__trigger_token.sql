-- Each event's trigger token (1-based, as in the sentence's CoNLL-U parse), so readers find the trigger word itself
-- when it occurs twice in the sentence. Events stored before have none (NULL), and are read as token 0: not known.
ALTER TABLE events ADD COLUMN IF NOT EXISTS trigger_token INTEGER;
