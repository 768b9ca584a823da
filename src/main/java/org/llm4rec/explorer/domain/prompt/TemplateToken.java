package org.llm4rec.explorer.domain.prompt;

/** One piece of a template: literal text, a placeholder, or a block's opening or closing tag. */
record TemplateToken(Kind kind, String text, String name, int line) {

    enum Kind { LITERAL, VARIABLE, OPEN, CLOSE }

    static TemplateToken literal(String text, int line) {
        return new TemplateToken(Kind.LITERAL, text, "", line);
    }

    static TemplateToken tag(Kind kind, String name, int line) {
        return new TemplateToken(kind, "", name, line);
    }
}
