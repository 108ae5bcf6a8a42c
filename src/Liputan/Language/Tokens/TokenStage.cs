using Liputan.Pipeline;

namespace Liputan.Language.Tokens;

/// <summary>Produces the token layer, sentence by sentence.</summary>
public sealed class TokenStage : Stage<IReadOnlyList<Token>>
{
    /// <inheritdoc />
    public override IReadOnlyList<LayerKey> Needs => [LanguageLayers.Sentences];

    /// <inheritdoc />
    public override LayerKey<IReadOnlyList<Token>> Output => LanguageLayers.Tokens;

    /// <inheritdoc />
    protected override IReadOnlyList<Token> Run(AnalyzedArticle input)
    {
        var body = input.Article.Body;
        var tokens = new List<Token>();
        foreach (var s in input.Get(LanguageLayers.Sentences))
        {
            tokens.AddRange(Tokenizer.Tokenize(body, s.Start, s.End));
        }

        return tokens;
    }
}
