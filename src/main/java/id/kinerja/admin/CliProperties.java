package id.kinerja.admin;

import id.kinerja.text.Language;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kinerja.cli.language} ({@code KINERJA_CLI_LANGUAGE}): the language of the command line's messages and of
 * the Excel recap's labels, id or en.
 */
@ConfigurationProperties("kinerja.cli")
record CliProperties(@DefaultValue("id") Language language) {}
