/**
 * The registry of directives, programs and plans (văn bản): numbers and symbols under the State and Party
 * numbering rules, issuers, relations (implements, replaces, amends, cites), the citation chain, tags and
 * attachments. Other modules find documents through {@link vn.danvan.document.DocumentRegistry}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Văn bản", allowedDependencies = {"system", "audit", "org"})
package vn.danvan.document;
