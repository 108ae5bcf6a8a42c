using System.IO.Compression;
using System.Text;

namespace Liputan.Language.Entities;

/// <summary>One training sentence: words and their BIO tags.</summary>
/// <param name="Words">The words.</param>
/// <param name="Tags">One tag per word ("O", "B-PER", "I-ORG", …).</param>
public sealed record TaggedSentence(IReadOnlyList<string> Words, IReadOnlyList<string> Tags);

/// <summary>
/// An averaged perceptron sequence tagger (Collins 2002) decoding greedily left to right
/// under BIO constraints (an I-X follows only B-X or I-X). Features are <see cref="NerFeatures"/>
/// plus the previous tag, the two previous tags, and the previous tag with the word.
/// Training is deterministic for a seed and an iteration count.
/// </summary>
public sealed class PerceptronTagger
{
    private const string Magic = "LPNER1";
    private readonly string[] _tags;
    private readonly Dictionary<string, float[]> _weights;

    private PerceptronTagger(string[] tags, Dictionary<string, float[]> weights)
    {
        _tags = tags;
        _weights = weights;
    }

    /// <summary>The tag set, "O" first.</summary>
    public IReadOnlyList<string> Tags => _tags;

    /// <summary>Number of features with weights.</summary>
    public int FeatureCount => _weights.Count;

    /// <summary>Trains a tagger: <paramref name="iterations"/> passes over the sentences, shuffled by <paramref name="seed"/>.</summary>
    public static PerceptronTagger Train(IReadOnlyList<TaggedSentence> sentences, int iterations, int seed, Action<int, PerceptronTagger>? afterIteration = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var tags = sentences.SelectMany(s => s.Tags).Distinct(StringComparer.Ordinal).Where(t => t != "O").Order(StringComparer.Ordinal).Prepend("O").ToArray();
        var tagIndex = tags.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);
        var trainer = new Trainer(tags.Length);
        var feats = sentences.Select(s => NerFeatures.Extract(s.Words)).ToArray();
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var rnd = new Random(seed);
        var live = new PerceptronTagger(tags, trainer.Weights);
        for (var it = 0; it < iterations; it++)
        {
            rnd.Shuffle(order);
            foreach (var si in order)
            {
                var s = sentences[si];
                var prev = "<s>";
                var prev2 = "<s>";
                for (var i = 0; i < s.Words.Count; i++)
                {
                    var all = WithHistory(feats[si][i], prev, prev2, s.Words[i]);
                    var guess = live.Best(all, prev);
                    var truth = tagIndex[s.Tags[i]];
                    trainer.Tick();
                    if (guess != truth)
                    {
                        trainer.Update(all, truth, guess);
                    }

                    prev2 = prev;
                    prev = s.Tags[i];
                }
            }

            if (afterIteration is not null)
            {
                afterIteration(it + 1, new PerceptronTagger(tags, trainer.Averaged()));
            }
        }

        return new PerceptronTagger(tags, trainer.Averaged());
    }

    /// <summary>
    /// Trains one tagger per shuffling seed and averages their weights: each pass order settles
    /// on different rare-word weights, and the mean is steadier than any one run on a small
    /// training set.
    /// </summary>
    public static PerceptronTagger TrainAveraged(IReadOnlyList<TaggedSentence> sentences, int iterations, IReadOnlyList<int> seeds)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        if (seeds.Count == 0)
        {
            throw new ArgumentException("at least one seed is needed", nameof(seeds));
        }

        var models = seeds.Select(s => Train(sentences, iterations, s)).ToArray();
        var tags = models[0]._tags;
        var sum = new Dictionary<string, float[]>(StringComparer.Ordinal);
        foreach (var m in models)
        {
            foreach (var (f, ws) in m._weights)
            {
                if (!sum.TryGetValue(f, out var acc))
                {
                    acc = new float[tags.Length];
                    sum[f] = acc;
                }

                for (var i = 0; i < acc.Length; i++)
                {
                    acc[i] += ws[i] / models.Length;
                }
            }
        }

        return new PerceptronTagger(tags, sum);
    }

    /// <summary>The BIO tags of <paramref name="words"/>.</summary>
    public string[] Tag(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var feats = NerFeatures.Extract(words);
        var result = new string[words.Count];
        var prev = "<s>";
        var prev2 = "<s>";
        for (var i = 0; i < words.Count; i++)
        {
            var t = _tags[Best(WithHistory(feats[i], prev, prev2, words[i]), prev)];
            result[i] = t;
            prev2 = prev;
            prev = t;
        }

        return result;
    }

    /// <summary>Writes the model (compressed, features sorted, so equal models give equal bytes).</summary>
    public void Save(Stream stream)
    {
        using var z = new DeflateStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(z, Encoding.UTF8);
        w.Write(Magic);
        w.Write(_tags.Length);
        foreach (var t in _tags)
        {
            w.Write(t);
        }

        var kept = _weights.Where(kv => kv.Value.Any(v => MathF.Abs(v) >= 1e-3f)).OrderBy(kv => kv.Key, StringComparer.Ordinal).ToArray();
        w.Write(kept.Length);
        foreach (var (key, ws) in kept)
        {
            w.Write(key);
            var nz = ws.Select((v, i) => (v, i)).Where(x => MathF.Abs(x.v) >= 1e-3f).ToArray();
            w.Write((byte)nz.Length);
            foreach (var (v, i) in nz)
            {
                w.Write((byte)i);
                w.Write(v);
            }
        }
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a tagger model.</exception>
    public static PerceptronTagger Load(Stream stream)
    {
        using var z = new DeflateStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var r = new BinaryReader(z, Encoding.UTF8);
        if (r.ReadString() != Magic)
        {
            throw new InvalidDataException("not a Liputan NER model");
        }

        var tags = new string[r.ReadInt32()];
        for (var i = 0; i < tags.Length; i++)
        {
            tags[i] = r.ReadString();
        }

        var count = r.ReadInt32();
        var weights = new Dictionary<string, float[]>(count, StringComparer.Ordinal);
        for (var f = 0; f < count; f++)
        {
            var key = r.ReadString();
            var ws = new float[tags.Length];
            int nz = r.ReadByte();
            for (var k = 0; k < nz; k++)
            {
                int i = r.ReadByte();
                ws[i] = r.ReadSingle();
            }

            weights[key] = ws;
        }

        return new PerceptronTagger(tags, weights);
    }

    private static string[] WithHistory(string[] feats, string prev, string prev2, string word)
    {
        var all = new string[feats.Length + 3];
        feats.CopyTo(all, 0);
        all[^3] = "t-1=" + prev;
        all[^2] = "t-2t-1=" + prev2 + "|" + prev;
        all[^1] = "t-1w=" + prev + "|" + word;
        return all;
    }

    private int Best(string[] feats, string prev)
    {
        var scores = new float[_tags.Length];
        foreach (var f in feats)
        {
            if (_weights.TryGetValue(f, out var ws))
            {
                for (var i = 0; i < scores.Length; i++)
                {
                    scores[i] += ws[i];
                }
            }
        }

        var best = 0;
        var bestScore = float.NegativeInfinity;
        for (var i = 0; i < scores.Length; i++)
        {
            if (!Allowed(prev, _tags[i]))
            {
                continue;
            }

            if (scores[i] > bestScore)
            {
                bestScore = scores[i];
                best = i;
            }
        }

        return best;
    }

    private static bool Allowed(string prev, string tag) =>
        !tag.StartsWith("I-", StringComparison.Ordinal) || (prev.Length > 2 && string.Equals(prev[2..], tag[2..], StringComparison.Ordinal) && prev[0] is 'B' or 'I');

    private sealed class Trainer(int tagCount)
    {
        private readonly Dictionary<string, float[]> _totals = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int[]> _stamps = new(StringComparer.Ordinal);
        private int _clock;

        public Dictionary<string, float[]> Weights { get; } = new(StringComparer.Ordinal);

        public void Tick() => _clock++;

        public void Update(string[] feats, int truth, int guess)
        {
            foreach (var f in feats)
            {
                if (!Weights.TryGetValue(f, out var ws))
                {
                    ws = new float[tagCount];
                    Weights[f] = ws;
                    _totals[f] = new float[tagCount];
                    _stamps[f] = new int[tagCount];
                }

                Bump(f, ws, truth, 1f);
                Bump(f, ws, guess, -1f);
            }
        }

        public Dictionary<string, float[]> Averaged()
        {
            var result = new Dictionary<string, float[]>(Weights.Count, StringComparer.Ordinal);
            foreach (var (f, ws) in Weights)
            {
                var tot = _totals[f];
                var st = _stamps[f];
                var avg = new float[tagCount];
                for (var i = 0; i < tagCount; i++)
                {
                    avg[i] = (tot[i] + ((_clock - st[i]) * ws[i])) / Math.Max(1, _clock);
                }

                result[f] = avg;
            }

            return result;
        }

        private void Bump(string f, float[] ws, int i, float delta)
        {
            var tot = _totals[f];
            var st = _stamps[f];
            tot[i] += (_clock - st[i]) * ws[i];
            st[i] = _clock;
            ws[i] += delta;
        }
    }
}
