-- How precisely an article's publication time is known. 'day': its feed or page gave a day without a
-- time of day (2020-08-25, "Tue, 25 Aug 2020"); published is then midnight UTC of that day, a time
-- the source never stated, and every output that shows a time shows the day alone (the Atom and JSON
-- Feed outputs keep the full timestamp their formats require). NULL: given with its time, or not
-- known (every article stored before V20, shown with its time as before). Ordering and clustering
-- read published alone and are unchanged.
ALTER TABLE articles ADD COLUMN published_precision TEXT;
