using System.Text.Json;

namespace Liputan.Tests.EndToEnd;

/// <summary>ingest → stories → story over examples/articles, checked against its README.</summary>
public sealed class ExamplesTests : IClassFixture<ExamplesTests.Ingested>
{
    private readonly Ingested _store;

    public ExamplesTests(Ingested store) => _store = store;

    public sealed class Ingested : IDisposable
    {
        public Ingested()
        {
            Dir = Directory.CreateTempSubdirectory("liputan-e2e-").FullName;
            Db = Path.Combine(Dir, "demo.db");
            Result = Cli.Run("ingest", Cli.Examples, "--db", Db, "--json");
        }

        public string Dir { get; }

        public string Db { get; }

        public (int Exit, string Stdout, string Stderr) Result { get; }

        public void Dispose() => Directory.Delete(Dir, true);
    }

    /// <summary>One row of the README's table.</summary>
    public sealed record Row(string File, string Outlet, string Story, string Title, string Authors, string Editor, string Published, string Dateline);

    /// <summary>The README's table of the example pages.</summary>
    public static List<Row> Rows()
    {
        var rows = new List<Row>();
        foreach (var line in File.ReadLines(Path.Combine(Cli.Examples, "README.md")))
        {
            if (!line.StartsWith("| 0", StringComparison.Ordinal) || !line.Contains(".txt |", StringComparison.Ordinal))
            {
                continue;
            }

            var c = line.Trim().Trim('|').Split('|').Select(x => x.Trim()).ToArray();
            rows.Add(new Row(c[0], c[1], c[3], c[4], c[5], c[6], c[7], c[9]));
        }

        return rows;
    }

    public static TheoryData<string, string, string, string, string, string, string> Key()
    {
        var data = new TheoryData<string, string, string, string, string, string, string>();
        foreach (var r in Rows())
        {
            data.Add(r.File, r.Outlet, r.Title, r.Authors, r.Editor, r.Published, r.Dateline);
        }

        return data;
    }

    [Fact]
    public void Should_ingest_every_example_page()
    {
        _store.Result.Exit.ShouldBe(0, _store.Result.Stderr);
        using var doc = JsonDocument.Parse(_store.Result.Stdout);
        doc.RootElement.GetProperty("ingested").GetInt32().ShouldBe(Directory.GetFiles(Cli.Examples, "*.txt").Length);
        doc.RootElement.GetProperty("skipped").GetArrayLength().ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(Key))]
    public void Should_extract_the_metadata_the_readme_lists(string file, string outlet, string title, string authors, string editor, string published, string dateline)
    {
        var (exit, stdout, stderr) = Cli.Run("extract", Path.Combine(Cli.Examples, file));
        exit.ShouldBe(0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        var r = doc.RootElement;
        string Str(JsonElement e) => e.ValueKind == JsonValueKind.Null ? "–" : e.GetString()!;
        Str(r.GetProperty("outlet").GetProperty("name")).ShouldBe(outlet);
        Str(r.GetProperty("title")).ShouldBe(title);
        var got = string.Join("; ", r.GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
        (got.Length == 0 ? "–" : got).ShouldBe(authors);
        Str(r.GetProperty("editor")).ShouldBe(editor);
        Str(r.GetProperty("dateline")).ShouldBe(dateline);
        // The README gives the page's own date; a date inferred from the text is marked and not the page's.
        var inferred = r.GetProperty("published_inferred").ValueKind == JsonValueKind.True;
        var p = inferred ? "–" : Str(r.GetProperty("published"));
        if (published == "–")
        {
            p.ShouldBe("–");
        }
        else
        {
            DateTimeOffset.Parse(p, System.Globalization.CultureInfo.InvariantCulture).ShouldBe(DateTimeOffset.Parse(published, System.Globalization.CultureInfo.InvariantCulture));
            p.ShouldEndWith(published[^6..]);
        }
    }

    [Fact]
    public void Should_group_the_examples_into_the_readme_stories()
    {
        // Given the README's story of each file
        var storyOf = Rows().ToDictionary(r => r.File, r => r.Story);

        // When listing stories as JSON
        var (exit, stdout, stderr) = Cli.Run("stories", "--db", _store.Db, "--json");
        exit.ShouldBe(0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        var predicted = new Dictionary<string, string>();
        foreach (var story in doc.RootElement.EnumerateArray())
        {
            foreach (var e in story.GetProperty("events").EnumerateArray())
            {
                foreach (var a in e.GetProperty("articles").EnumerateArray())
                {
                    var (_, json, _) = Cli.Run("story", story.GetProperty("id").GetString()!, "--db", _store.Db, "--format", "json");
                    using var view = JsonDocument.Parse(json);
                    var file = view.RootElement.GetProperty("story").GetProperty("events").EnumerateArray().SelectMany(ev => ev.GetProperty("articles").EnumerateArray())
                        .SelectMany(x => x.GetProperty("also_published_at").EnumerateArray().Prepend(x))
                        .First(x => x.GetProperty("id").GetString() == a.GetString()).GetProperty("source").GetString()!;
                    predicted[file] = story.GetProperty("id").GetString()!;
                }
            }
        }

        // Then files of one README story share a story, and standalone files stand alone
        predicted.Count.ShouldBe(storyOf.Count);
        foreach (var (file, story) in storyOf)
        {
            foreach (var (other, otherStory) in storyOf)
            {
                var same = story == otherStory && story != "standalone";
                (predicted[file] == predicted[other]).ShouldBe(same || file == other, $"{file} vs {other}");
            }
        }
    }

    [Fact]
    public void Should_show_a_story_as_markdown_and_json()
    {
        var (_, list, _) = Cli.Run("stories", "--db", _store.Db, "--json");
        using var doc = JsonDocument.Parse(list);
        var id = doc.RootElement[0].GetProperty("id").GetString()!;
        var md = Cli.Run("story", id, "--db", _store.Db);
        md.Exit.ShouldBe(0);
        md.Stdout.ShouldStartWith("# ");
        md.Stdout.ShouldContain("## Summary");
        md.Stdout.ShouldContain("## Coverage by outlet");
        var json = Cli.Run("story", id, "--db", _store.Db, "--format", "json");
        using var view = JsonDocument.Parse(json.Stdout);
        view.RootElement.GetProperty("story").GetProperty("events").GetArrayLength().ShouldBeGreaterThan(0);
        view.RootElement.GetProperty("outlets").GetArrayLength().ShouldBeGreaterThan(1);
        view.RootElement.GetProperty("summary").GetArrayLength().ShouldBeGreaterThanOrEqualTo(3);
        var html = Cli.Run("story", id, "--db", _store.Db, "--format", "html");
        html.Exit.ShouldBe(0);
        html.Stdout.ShouldStartWith("<!doctype html>");
    }

    [Fact]
    public void Should_print_a_table_of_stories_and_find_articles_by_words()
    {
        var table = Cli.Run("stories", "--db", _store.Db);
        table.Exit.ShouldBe(0);
        table.Stdout.ShouldContain("articles");
        var search = Cli.Run("search", "banjir", "Gedebage", "--db", _store.Db, "--json");
        search.Exit.ShouldBe(0);
        using var hits = JsonDocument.Parse(search.Stdout);
        hits.RootElement.GetArrayLength().ShouldBeGreaterThanOrEqualTo(4);
    }

    [Fact]
    public void Should_ingest_the_same_pages_twice_without_duplicates()
    {
        var again = Cli.Run("ingest", Cli.Examples, "--db", _store.Db, "--json");
        again.Exit.ShouldBe(0);
        using var doc = JsonDocument.Parse(again.Stdout);
        doc.RootElement.GetProperty("ingested").GetInt32().ShouldBe(0);
        doc.RootElement.GetProperty("store_articles").GetInt32().ShouldBe(Directory.GetFiles(Cli.Examples, "*.txt").Length);
    }

    [Fact]
    public void Should_analyze_a_page_into_spans()
    {
        var (exit, stdout, _) = Cli.Run("analyze", Directory.GetFiles(Cli.Examples, "*.txt").Order(StringComparer.Ordinal).First());
        exit.ShouldBe(0);
        using var doc = JsonDocument.Parse(stdout);
        doc.RootElement.GetProperty("sentences").GetArrayLength().ShouldBeGreaterThan(5);
        doc.RootElement.GetProperty("tokens").GetArrayLength().ShouldBeGreaterThan(100);
        doc.RootElement.GetProperty("dates").GetArrayLength().ShouldBeGreaterThan(0);
    }
}
