package org.llm4rec.explorer.domain.prompt;

/** What every built-in strategy has: an id, a name, a note citing its source, and a template resource. */
abstract class BuiltInStrategy implements PromptStrategy {
    static final int TEMPLATE_VERSION = 1;

    private final String id;
    private final String name;
    private final String about;
    private final PromptTemplate defaultTemplate;
    final TemplateRenderer renderer = new TemplateRenderer();

    /** Loads the built-in template from the resource named after the id. */
    BuiltInStrategy(String id, String name, String about) {
        this.id = id;
        this.name = name;
        this.about = about;
        this.defaultTemplate = new PromptTemplate(id, TEMPLATE_VERSION, TemplateResources.load(id + ".txt"));
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String about() {
        return about;
    }

    @Override
    public final PromptTemplate defaultTemplate() {
        return defaultTemplate;
    }
}
