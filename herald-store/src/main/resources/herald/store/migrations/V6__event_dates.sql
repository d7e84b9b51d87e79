-- When each event happened as its story says it: the date column (its first day) is joined by the last day, the
-- precision (day / week / month / year / range, or article when the story gives no date and the article's date
-- stands in) and the words that gave it ("Friday", "earlier this week"). Events stored before were all dated by
-- their article.
ALTER TABLE events ADD COLUMN date_end DATE;
ALTER TABLE events ADD COLUMN date_precision VARCHAR;
ALTER TABLE events ADD COLUMN date_text VARCHAR;
UPDATE events SET date_end = date, date_precision = 'article', date_text = '';
