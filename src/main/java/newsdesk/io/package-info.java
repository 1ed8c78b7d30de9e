/** Reading input files for the commands: {@link newsdesk.io.Utf8Lines} for line-based UTF-8 text (JSONL). */
package newsdesk.io;
