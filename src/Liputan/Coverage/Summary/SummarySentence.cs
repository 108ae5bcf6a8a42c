namespace Liputan.Coverage.Summary;

/// <summary>One summary sentence: the text taken from <see cref="Source"/>, and every article that supports it.</summary>
public sealed record SummarySentence(string Text, Citation Source, IReadOnlyList<Citation> Support);
