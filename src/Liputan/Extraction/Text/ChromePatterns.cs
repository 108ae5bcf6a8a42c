using System.Text.RegularExpressions;

namespace Liputan.Extraction.Text;

/// <summary>
/// Patterns of page chrome in saved Indonesian and English news pages. General by design:
/// they name the kinds of lines news sites add around an article, never a particular page.
/// </summary>
internal static partial class ChromePatterns
{
    /// <summary>"Baca juga: …", "Baca: …", "Lihat juga", "Simak juga", related-news labels, and the title of an embedded video or gallery ("[Video] …").</summary>
    [GeneratedRegex(@"^(?:(?:baca(?: juga| pula| selengkapnya| berita lainnya)?|lihat juga|simak(?: juga| berita lainnya| video)?|artikel terkait|berita terkait|beritaterkait|related(?: articles?| news| stories)?|read (?:also|more)|see also|also read|tonton juga|klik (?:di )?sini)\b\s*[:\-–]?|\[(?:video|foto|galeri|gallery|infografis|infographic|podcast|audio)\])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Related();

    /// <summary>Subscription, app, social and newsletter pitches; AI-summary disclaimers.</summary>
    [GeneratedRegex(@"(?:\bikuti (?:kami|kanal|saluran|berita)|google news|\bberlangganan\b|\bsubscribe\b|klik di ?sini|download aplikasi|unduh aplikasi|\bnewsletter\b|whatsapp channel|saluran whatsapp|bergabung(?:lah)? (?:di|dengan) (?:channel|grup)|dapatkan (?:update|informasi|berita)|follow us|ringkasan yang dibuat oleh ai|summary (?:generated|created) by ai|\bshare (?:this|on)\b|^bagikan\b|^share\b|^sumber gambar\b|cek berita dan artikel)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Pitch();

    /// <summary>Copyright and footer lines.</summary>
    [GeneratedRegex(@"(?:©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights? reserved\b|\bhak cipta\b|\bkebijakan privasi\b|\bprivacy policy\b|\bpedoman media siber\b|\bsyarat (?:dan|&) ketentuan\b|\bterms of (?:use|service)\b|\btentang kami\b|\bback to top\b|\bkembali ke atas\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Footer();

    /// <summary>Lines that are only a section label of the page around the article.</summary>
    [GeneratedRegex(@"^(?:berita ?terkait|berita lainnya|berita terkini|berita terpopuler|berita populer|artikel terkini|artikel populer|artikel terkait|terpopuler|terkini|populer|trending|komentar|tulis komentar|comments?|rekomendasi|pilihan editor|editor'?s pick|most popular|latest news|more stories|konten premium|cari(?: berita)?(?:[ ,].{0,40})?|ketik kata kunci.{0,40}|search.{0,30}|menu|beranda|home|advertisement|iklan|scroll to continue(?: with content)?|lanjut(?:kan)? membaca|tag|tags|topik|topics?|video pilihan|foto pilihan|news feed|ikuti kami di|follow us on|share|bagikan|loading\.*|to top)\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex SectionLabel();

    /// <summary>"Tag: a b c" and "Topik: …" lines.</summary>
    [GeneratedRegex(@"^(?:tags?|topik|topics?|kata kunci|keywords?)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Tags();

    /// <summary>Photo credits and picture widgets: file names, "Foto:", agency credits in parentheses.</summary>
    [GeneratedRegex(@"(?:\.(?:jpe?g|png|webp|gif)\b|^zoom-?in|lihat foto|^foto\s*:|^\(?foto\b|^ilustrasi\b|^gambar\s*:|\\r\\n|\((?:foto\s*:?\s*)?(?:antara|reuters|afp|ap|getty|istimewa|dok\.?|dokumentasi|instagram|twitter|x|facebook|youtube|shutterstock|freepik|unsplash|pexels|tangkapan layar|screenshot)[^)]{0,80}\)\s*$|\b(?:getty images|via afp|antara foto|antara/|/antara|/reuters|reuters/|afp/|/afp|ap photo|shutterstock)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Caption();

    /// <summary>A sign-off at the end of the last paragraph: "– Rappler.com", "(ant/abc)", "(Tribunnewswiki)", "(*)".</summary>
    [GeneratedRegex(@"(?:\s+[-–—]\s*(?<outlet>[\p{L}\d-]+\.(?:com|co\.id|id|net|org|co|tv))|\s*\((?<code>[\p{L}\d*]{1,20}(?:/[\p{L}\d*]{1,20}){0,3})\))\s*$", RegexOptions.CultureInvariant)]
    public static partial Regex SignOffTail();

    /// <summary>A line that is only a sign-off: "(Tribunnewswiki)", "(ant/abc)", "(*)", "- Rappler.com".</summary>
    [GeneratedRegex(@"^(?:\((?<code>[\p{L}\d*.]{1,30}(?:/[\p{L}\d*.]{1,20}){0,3})\)|[-–—]\s*(?<outlet>[\p{L}\d-]+\.(?:com|co\.id|id|net|org|co|tv))|\*+)$", RegexOptions.CultureInvariant)]
    public static partial Regex SignOffLine();

    /// <summary>Gambling and other spam that scrapers leave at page ends.</summary>
    [GeneratedRegex(@"\b(?:togel|pengeluaran (?:sgp|hk|sdy)|keluaran (?:sgp|hk|sdy)|slot gacor|judi online|situs slot|data (?:sgp|hk)|bandar togel|casino online)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Spam();

    /// <summary>A whole line that is a URL.</summary>
    [GeneratedRegex(@"^(?:(?:url|link|sumber|source|tautan)\s*:\s*)?<?(?<url>https?://[^\s<>]+)>?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex UrlLine();

    /// <summary>Words that mark a date stamp as a modification date.</summary>
    [GeneratedRegex(@"(?:modified|updated|diperbarui|pembaruan|update|diubah)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex ModifiedWord();
}
