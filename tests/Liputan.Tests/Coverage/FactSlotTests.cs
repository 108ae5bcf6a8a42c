using Liputan.Coverage;
using Liputan.Documents;

namespace Liputan.Tests.Coverage;

public sealed class FactSlotTests
{
    private static readonly DateTimeOffset Day = new(2025, 3, 4, 9, 0, 0, TimeSpan.FromHours(7));

    private static Article A(string outlet, string body, int n) => CoverageStories.Article(outlet, body, "Rapat Anggaran Kota Contoh", Day, n);

    private static StoryCoverage Build(Article[][] events) => CoverageStories.Coverage(new DateOnly(2025, 3, 3), events);

    [Fact]
    public void Should_compare_dates_ordinals_and_agents_across_outlets()
    {
        // Given three outlets on one meeting: two give a day range, one a day inside it
        var c = Build([[
            A("alpha", "Rapat anggaran kota yang diminta oleh Wali Kota Santoso akan digelar di balai kota pada 10-11 Maret. Ini adalah rapat kedua mereka tahun ini.", 0),
            A("beta", "Rapat anggaran kota akan digelar di balai kota pada 10-11 Maret, atas permintaan Wali Kota Santoso. Ini merupakan rapat kedua dalam tahun ini.", 1),
            A("gamma", "Rapat anggaran kota digelar di balai kota pada 11 Maret. Rapat itu diminta oleh Santoso.", 2),
        ]]);

        // Then the dates are compatible (one inside the other), the ordinal and the agent agree
        var date = c.Facts.Single(f => f.Slot == "date");
        date.Verdict.ShouldBe("compatible");
        date.Values.Select(v => v.Value).ShouldBe(["2025-03-10/2025-03-11", "2025-03-10/2025-03-11", "2025-03-11"]);
        c.Facts.Single(f => f.Slot == "ordinal").Verdict.ShouldBe("agree");
        var agent = c.Facts.Single(f => f.Slot == "agent" && f.Values.Count > 1);
        agent.Verdict.ShouldBe("agree");
        agent.Values.Count.ShouldBe(3);
    }

    [Fact]
    public void Should_keep_the_figures_of_two_events_apart_and_show_them_side_by_side()
    {
        // Given a count in one event and another count of the same thing a week later
        var c = Build([
            [A("alpha", "Sebanyak 1.200 warga mengungsi ke gedung sekolah di Kecamatan Sukamaju akibat banjir.", 0)],
            [A("beta", "Sebanyak 3.000 warga mengungsi ke gedung sekolah di Kecamatan Sukamaju akibat banjir susulan.", 30),
             A("gamma", "Sekitar 3.000 warga mengungsi ke gedung sekolah di Kecamatan Sukamaju setelah banjir susulan.", 31)],
        ]);

        // Then each event has its own fact, and the two events' figures differ side by side
        var people = c.Facts.Where(f => f.Slot == "people").ToList();
        people.Single(f => f.Event == "e1").Verdict.ShouldBe("compatible");
        people.Single(f => f.Event == "e0").Verdict.ShouldBe("single source");
        var across = people.Single(f => f.AcrossEvents);
        across.Verdict.ShouldBe("differ");
        across.Values.Select(v => v.Event).Distinct().Count().ShouldBe(2);
    }

    [Fact]
    public void Should_compare_places_and_who_said_a_statement_across_outlets()
    {
        // Given two outlets that put one statement in one mouth, a third that names another speaker
        var c = Build([[
            A("alpha", "Rapat anggaran tahunan kota digelar di Balai Kota Contoh pada Senin pagi.\n\n\"Anggaran banjir akan kami naikkan dua kali lipat tahun ini,\" kata Wali Kota Budi Santoso.", 0),
            A("beta", "Rapat anggaran tahunan kota digelar di Balai Kota Contoh pada Senin.\n\n\"Anggaran banjir akan kami naikkan dua kali lipat tahun ini,\" ujar Budi Santoso.", 1),
            A("gamma", "\"Anggaran banjir akan kami naikkan dua kali lipat tahun ini,\" kata Ketua DPRD Rina Hartati.", 2),
        ]]);

        // Then the place agrees, and the statement's speakers differ between outlets
        var place = c.Facts.Single(f => f.Slot == "place");
        place.Verdict.ShouldBe("agree");
        place.Values.Select(v => v.Outlet).ShouldBe(["alpha", "beta"]);
        var said = c.Facts.Single(f => f.Slot == "statement");
        said.Verdict.ShouldBe("differ");
        said.Values.Select(v => v.Value).ShouldBe(["Budi Santoso", "Budi Santoso", "Rina Hartati"]);
    }
}
