-- The block an answer was bought for, normalised: a changed block's patch request shows the model what changed.
ALTER TABLE answer_cache ADD COLUMN block_text VARCHAR(200000);
