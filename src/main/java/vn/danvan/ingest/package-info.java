/**
 * Reading Vietnamese text: the citations of documents (State numbering {@code 44/KH-UBND}, Party numbering
 * {@code 27-KH/BDVTU}, laws by name and year) and the statistics (counts, amounts, percentages, ratios, ranks,
 * rank changes, multipliers) that a report, an article or a conference speech contains, each with its
 * character offsets in the text as given. Pure Java: no Spring bean, no database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Đọc văn bản", allowedDependencies = {"system", "document"})
package vn.danvan.ingest;
