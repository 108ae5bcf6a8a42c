using Liputan.Coverage;
using Liputan.Documents;

namespace Liputan.Tests.Coverage;

public sealed class ClaimsTests
{
    private static readonly DateTimeOffset Day = new(2025, 5, 2, 9, 0, 0, TimeSpan.FromHours(7));

    private static Article A(string outlet, string body, int n) => CoverageStories.Article(outlet, body, "Sengketa Perbatasan Negeri Contoh", Day, n);

    private static StoryCoverage Build(params Article[] articles) => CoverageStories.Coverage(null, articles);

    [Fact]
    public void Should_flag_the_one_outlet_whose_object_contradicts_all_the_others()
    {
        // Given three outlets on one threat, one of which names the wrong country as the target
        var c = Build(
            A("alpha", "Presiden Nordia mengulangi ancaman sanksi berat jika Sudania memutuskan menyerang Westland dalam waktu dekat.", 0),
            A("beta", "Presiden Nordia mengulangi ancaman sanksi berat jika Sudania memilih untuk menyerang Westland pekan depan.", 1),
            A("gamma", "Presiden Nordia mengulangi ancaman sanksi berat jika Sudania memutuskan menyerang Sudania dalam waktu dekat.", 2));

        // Then only gamma's statement is flagged, against both others
        var x = c.Contradictions.ShouldHaveSingleItem();
        x.Outlet.ShouldBe("gamma");
        x.Rule.ShouldBe("argument");
        x.Others.Select(o => o.Outlet).Order(StringComparer.Ordinal).ShouldBe(["alpha", "beta"]);
    }

    [Fact]
    public void Should_flag_a_lone_negation_and_leave_agreeing_outlets_alone()
    {
        var agreeing = Build(
            A("alpha", "Pemerintah Sudania menyatakan Sudania mendukung Westland dalam perundingan damai di ibu kota.", 0),
            A("beta", "Dalam perundingan damai di ibu kota, Sudania mendukung Westland, kata pemerintah.", 1));
        agreeing.Contradictions.ShouldBeEmpty();

        var c = Build(
            A("alpha", "Pemerintah Sudania menyatakan Sudania mendukung Westland dalam perundingan damai di ibu kota.", 0),
            A("beta", "Dalam perundingan damai di ibu kota, Sudania mendukung Westland, kata pemerintah.", 1),
            A("gamma", "Pemerintah menyatakan Sudania tidak mendukung Westland dalam perundingan damai di ibu kota.", 2));
        var x = c.Contradictions.ShouldHaveSingleItem();
        x.Outlet.ShouldBe("gamma");
        x.Rule.ShouldBe("negation");
    }

    [Fact]
    public void Should_mark_a_claim_the_other_side_did_not_confirm_as_one_sided()
    {
        // Given one party's statement about another's leader, and that other side's silence
        var c = Build(
            A("alpha", "Istana Nordia mengatakan Presiden Westland Marlow berjanji tidak akan menambah pasukan di perbatasan.\n\nJuru bicara Kantor Presiden Westland tidak segera menanggapi permintaan komentar atas klaim Istana Nordia tentang Marlow.", 0),
            A("beta", "Dalam pernyataan resmi, Istana Nordia mengungkapkan bahwa Marlow telah berkomitmen untuk tidak menambah pasukan.", 1));

        var claim = c.OneSided.ShouldHaveSingleItem();
        claim.Side.ShouldBe("Istana Nordia");
        claim.About.ShouldBe("Marlow");
        claim.UnconfirmedBy.ShouldNotBeNull().ShouldContain("Westland");
        claim.Claims.Select(x => x.Outlet).ShouldBe(["alpha", "beta"]);
        claim.NoResponse.ShouldNotBeNull().Text.ShouldContain("tidak segera menanggapi");
    }

    [Fact]
    public void Should_flag_an_outlet_that_turns_the_party_acted_upon_into_the_doer()
    {
        var c = Build(
            A("alpha", "Ketegangan meningkat setelah pendudukan wilayah utara Westland pada 2019 dan dukungannya terhadap kelompok pemberontak di perbatasan.", 0),
            A("beta", "Ketegangan meningkat setelah pendudukan wilayah utara Westland pada 2019 yang didukung oleh kelompok pemberontak di perbatasan.", 1));

        var x = c.Contradictions.ShouldHaveSingleItem();
        x.Outlet.ShouldBe("beta");
        x.Rule.ShouldBe("inversion");
        x.Others.ShouldHaveSingleItem().Outlet.ShouldBe("alpha");
    }
}
