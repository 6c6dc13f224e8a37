package com.partnerportal.audit.web;

/**
 * CSV cells as spreadsheets read them safely: every cell quoted, quotes doubled, and a
 * cell that starts like a formula ({@code = + - @}, or a tab or carriage return) prefixed
 * with {@code '} so that it is shown as text, never run.
 */
final class ActivityCsv {

	/** The byte-order mark that tells Excel the file is UTF-8. */
	static final char BOM = '\uFEFF';

	static final String LINE_END = "\r\n";

	private ActivityCsv() {
	}

	static String cell(String value) {
		if (value == null) {
			return "\"\"";
		}
		String text = value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

	static String row(String... values) {
		StringBuilder row = new StringBuilder();
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				row.append(',');
			}
			row.append(cell(values[i]));
		}
		return row.append(LINE_END).toString();
	}

}
