/**
 * Reading input files for the commands: {@link newsdesk.io.Utf8Lines} for line-based UTF-8 text,
 * {@link newsdesk.io.JsonlReader} for JSONL (bad lines skipped and reported in one wording).
 */
package newsdesk.io;
