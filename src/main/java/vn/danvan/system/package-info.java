/**
 * Shared kernel: Vietnamese text handling (folding for search, ICU collation keys for sorting),
 * Vietnamese number and date formats, reading the tables people upload from Excel, the deployment mode
 * (demo or production), and the web shell (layout, locale, error pages) that every module's screens use.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.danvan.system;
