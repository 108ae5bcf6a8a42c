using Liputan.Language.Entities;
using Liputan.Language.Media;
using Liputan.Language.Quantities;
using Liputan.Language.Quotes;
using Liputan.Language.Sentences;
using Liputan.Language.Times;
using Liputan.Language.Tokens;
using Liputan.Pipeline;

namespace Liputan.Language;

/// <summary>The standard analysis pipeline.</summary>
public static class LanguagePipeline
{
    /// <summary>A builder with every language stage added.</summary>
    public static PipelineBuilder CreateBuilder() =>
        new PipelineBuilder()
            .Use(new SentenceStage())
            .Use(new TokenStage())
            .Use(new DateStage())
            .Use(new EntityStage())
            .Use(new QuoteStage())
            .Use(new QuantityStage())
            .Use(new CitedMediaStage())
            .Use(new TimeStage());
}
