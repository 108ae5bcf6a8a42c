using System.Collections.Frozen;
using Liputan.Documents;

namespace Liputan.Language.Quotes;

/// <summary>
/// Reads speakers with light rules: a capitalised sequence (titles, role words, names, segments
/// joined by commas), a pronoun, or "&lt;role noun&gt; itu/tersebut". The name is the part
/// that is not a role, organisation or place word.
/// </summary>
public sealed class RuleSpeakerFinder : ISpeakerFinder
{
    /// <summary>The shared instance (stateless).</summary>
    public static RuleSpeakerFinder Instance { get; } = new();

    private const int MaxWords = 14;

    private static readonly FrozenSet<string> Pronouns = new[] { "dia", "ia", "beliau", "he", "she" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> AnaphorNouns = new[]
    {
        "juru", "pejabat", "menteri", "pria", "wanita", "perempuan", "lelaki", "politikus", "politisi", "tokoh",
        "petugas", "pengacara", "kuasa", "kepala", "ketua", "direktur", "presiden", "gubernur", "bupati", "warga",
        "pengamat", "peneliti", "ekonom", "pakar", "ahli", "dokter", "the", "spokesman", "official",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> LowerRoles = new[]
    {
        "juru", "anggota", "peneliti", "pengamat", "politisi", "politikus", "ahli", "pakar", "dosen", "guru", "staf", "warga",
        "pegawai", "petugas", "pengacara", "kuasa", "ekonom", "aktivis", "koordinator", "pendiri", "direktur", "kepala", "ketua",
        "wakil", "sekretaris", "menteri", "presiden", "gubernur", "bupati", "pejabat", "komisioner", "kader", "pengurus",
        "analis", "spokesman", "spokeswoman", "spokesperson", "official", "minister", "president", "head", "chief", "director",
        "pria", "wanita", "perempuan", "lelaki", "pelaku", "korban", "saksi", "tokoh", "pemilik", "pedagang", "petani", "nelayan",
        "ajudan", "penasihat", "penasehat", "asisten", "pembantu", "utusan", "duta", "diplomat", "perwira", "adviser", "advisor", "aide",
        "pihak", "otoritas", "sumber",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> StopAfterRole = new[]
    {
        "di", "dalam", "saat", "ketika", "kepada", "yang", "dengan", "pada", "usai", "seusai", "selepas", "sebelum", "setelah",
        "itu", "tersebut", "ini", "dari", "melalui", "via", "lewat", "sambil", "seraya", "sembari", "kemarin", "and", "in", "at", "on", "to",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Demonstratives = new[] { "itu", "tersebut", "ini" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Titles that belong to the name ("Irjen Fadil", "Prof. Budi").</summary>
    private static readonly FrozenSet<string> Titles = new[]
    {
        "irjen", "kombes", "akbp", "akp", "kompol", "iptu", "ipda", "aiptu", "brigjen", "mayjen", "letjen", "laksma", "laksda",
        "laksdya", "marsma", "marsda", "kolonel", "letkol", "kapten", "dr", "prof", "ir", "h", "hj", "drs", "dra", "kh", "gus",
        "mr", "mrs", "ms", "sir", "bapak", "ibu", "pak", "bu", "mas", "mbak", "bung", "kak", "ustaz", "ustad", "habib", "pol",
        "ajun", "komisaris", "inspektur", "brigadir", "jenderal", "besar", "polisi", "letnan", "mayor", "laksamana", "marsekal", "muda", "madya",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words of roles, organisations and place types (never part of a person's name).</summary>
    private static readonly FrozenSet<string> RoleWords = new[]
    {
        "presiden", "wakil", "menteri", "kepala", "direktur", "utama", "jenderal", "ketua", "umum", "gubernur", "bupati", "wali",
        "kota", "kabupaten", "provinsi", "kecamatan", "kelurahan", "desa", "dusun", "dinas", "badan", "kementerian", "bank",
        "polda", "polres", "polresta", "polrestabes", "polsek", "kapolda", "kapolres", "kapolsek", "kapolri", "sekretaris", "daerah",
        "dewan", "komisi", "partai", "universitas", "juru", "bicara", "koordinator", "manajer", "pimpinan", "pemimpin",
        "anggota", "staf", "ahli", "kabid", "kasubdit", "humas", "bidang", "divisi", "bagian", "fraksi", "panglima", "komandan",
        "danrem", "dandim", "pangdam", "rektor", "dekan", "guru", "besar", "peneliti", "pengamat", "ekonom", "analis",
        "kepolisian", "rumah", "sakit", "pusat", "kantor", "lembaga", "asosiasi", "perhimpunan", "persatuan", "ikatan",
        "himpunan", "yayasan", "perusahaan", "pt", "tbk", "cabang", "regional", "wilayah", "operasi", "satuan", "tugas",
        "satgas", "penanganan", "pengendalian", "bencana", "penanggulangan", "nasional", "indonesia", "republik", "negara",
        "mahkamah", "agung", "konstitusi", "pengadilan", "negeri", "tinggi", "jaksa", "kejaksaan", "dirut", "direksi",
        "komisaris", "ceo", "chairman", "president", "minister", "spokesman", "spokeswoman", "spokesperson", "director",
        "head", "chief", "executive", "secretary", "senator", "governor", "mayor", "official", "perdana", "raja", "ratu",
        "camat", "lurah", "pelaksana", "plt", "harian", "senior", "deputi", "asisten", "kabag", "kasi", "kasat", "kasatreskrim",
        "sekjen", "mendagri", "menkeu", "mensos", "menkes", "menlu", "menhan", "wapres", "wamen", "kadis", "kapuspen",
        "kabareskrim", "karo", "penmas", "direktorat", "reserse", "kriminal", "khusus", "lalu", "lintas", "pemerintah",
        "pemkot", "pemkab", "pemprov", "sekretariat", "kabinet", "staf", "istana", "tim", "kuasa", "hukum", "pengurus",
        "pendiri", "founder", "pemilik", "owner", "ekonomi", "keuangan", "kesehatan", "pendidikan", "sosial", "luar", "dalam",
        "pertahanan", "perhubungan", "pertanian", "perdagangan", "perindustrian", "agama", "kebudayaan", "pariwisata",
        "fakultas", "program", "studi", "institut", "sekolah", "kampus", "organisasi", "serikat", "pekerja", "buruh",
        "forum", "aliansi", "gerakan", "koalisi", "front", "ministry", "department", "office", "agency", "council", "house",
        "white", "state", "united", "nations", "ajudan", "penasihat", "penasehat", "utusan", "duta", "diplomat", "adviser", "aide", "perwakilan", "rakyat", "majelis", "gedung", "permusyawaratan", "legislatif", "eksekutif",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> PlaceTypes = new[] { "kota", "kabupaten", "provinsi", "kecamatan", "kelurahan", "desa", "dusun", "polda", "polres", "polsek", "pemkot", "pemkab", "pemprov" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Capitalised words that start sentences or name days and months; never a speaker.</summary>
    private static readonly FrozenSet<string> NotNames = new[]
    {
        "namun", "sementara", "selain", "menurut", "kemudian", "adapun", "saat", "ketika", "dalam", "di", "pada", "sedangkan",
        "tetapi", "tapi", "oleh", "dengan", "untuk", "sebelumnya", "hal", "itu", "ini", "selanjutnya", "lebih", "lanjut",
        "karena", "jika", "kalau", "bahkan", "akan", "meski", "meskipun", "walau", "sebab", "dari", "ke", "bagi", "secara",
        "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "januari", "februari", "maret", "april", "mei", "juni",
        "juli", "agustus", "september", "oktober", "november", "desember", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "the", "but", "and", "however", "when", "in", "on", "at", "kompas", "jakarta",
        "kami", "kita", "saya", "mereka", "anda", "yang", "sedang", "juga", "ada", "tidak", "belum", "sudah", "pihaknya",
        "sebagai", "soal", "terkait", "setelah", "sejak", "hingga", "sampai", "agar", "supaya", "maka", "sehingga", "apalagi",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Connectors = new[] { "bin", "binti", "van", "de", "der", "al", "von", "da", "dos" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Adverbs skipped between a speaker and the cue verb ("Ardiles juga menegaskan").</summary>
    private static readonly FrozenSet<string> Adverbs = new[] { "juga", "pun", "kembali", "lalu", "kemudian", "sebelumnya", "pula", "pun", "saat", "itu", "also", "then" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public SpeakerMention? After(string text, int position)
    {
        ArgumentNullException.ThrowIfNull(text);
        var w = Words.Next(text, position);
        if (w is null || Words.Gap(text, position, w.Value.Start).Contains('\n', StringComparison.Ordinal))
        {
            return null;
        }

        var word = w.Value.TextOf(text);
        if (Pronouns.Contains(word))
        {
            return new SpeakerMention(w.Value, null, null, true);
        }

        // "seorang pejabat senior …": an indefinite, unnamed speaker; the determiner is left out.
        var indefinite = false;
        if (IndefiniteDeterminers.Contains(word) && Words.Next(text, w.Value.End) is { } head && LowerRoles.Contains(head.TextOf(text))
            && Words.Gap(text, w.Value.End, head.Start).Trim().Length == 0)
        {
            position = w.Value.End;
            w = head;
            word = head.TextOf(text);
            indefinite = true;
        }

        var segments = new List<List<TextSpan>>();
        var current = new List<TextSpan>();
        var pos = position;
        var count = 0;
        var hasRole = false;

        // A lower-case role ahead of the name: "juru bicara …", "anggota …", "politisi senior …".
        if (char.IsLower(word[0]))
        {
            if (!LowerRoles.Contains(word))
            {
                return null;
            }

            while (count < 4 && Words.Next(text, pos) is { } n && char.IsLower(n.TextOf(text)[0])
                && !StopAfterRole.Contains(n.TextOf(text)) && Words.Gap(text, pos, n.Start).Trim().Length == 0)
            {
                current.Add(n);
                pos = n.End;
                count++;
            }

            hasRole = true;
        }

        while (count < MaxWords)
        {
            var n = Words.Next(text, pos);
            if (n is null)
            {
                break;
            }

            var gap = Words.Gap(text, pos, n.Value.Start);
            var g = gap.Trim();
            var s = n.Value.TextOf(text);
            var cap = IsCapitalised(s) || Titles.Contains(s) && current.Count == 0
                || hasRole && char.IsDigit(s[0]) && g is "-" or ""
                || hasRole && s is "dan" && Words.Next(text, n.Value.End) is { } nn && IsCapitalised(nn.TextOf(text));
            var isConnector = Connectors.Contains(s) && current.Count > 0 && g.Length == 0;
            if (!(cap || isConnector) || NotNames.Contains(s) && !(hasRole && s is "dan"))
            {
                break;
            }

            if (count > 0 && g.Length > 0)
            {
                if (g is "," && current.Count > 0)
                {
                    segments.Add(current);
                    current = [];
                }
                else if (g is "-" or "/" or "&" && hasRole || g is "(" or ")" or ") (" && (IsAcronym(s) || Titles.Contains(s)))
                {
                    // inside a role or an organisation's name
                }
                else if (g is not "." || !IsInitialOrTitle(text, current))
                {
                    break;
                }
            }
            else if (count == 0 && g.Length > 0)
            {
                break;
            }

            current.Add(n.Value);
            hasRole |= IsRoleWord(text, n.Value);
            pos = n.Value.End;
            count++;
        }

        if (current.Count > 0)
        {
            segments.Add(current);
        }

        if (segments.Count == 0)
        {
            return null;
        }

        // "<role> itu/tersebut/ini": an anaphor.
        if (Words.Next(text, pos, maxGap: 0) is { } d && Demonstratives.Contains(d.TextOf(text)) && Words.Gap(text, pos, d.Start).Trim().Length == 0)
        {
            var span = new TextSpan(segments[0][0].Start, segments[^1][^1].End);
            return new SpeakerMention(span, null, span, true);
        }

        if (segments.Count == 1 && segments[0].All(x => char.IsLower(x.TextOf(text)[0])))
        {
            if (!indefinite)
            {
                return null;
            }

            var role = new TextSpan(segments[0][0].Start, segments[0][^1].End);
            return new SpeakerMention(role, null, role, false);
        }

        return Parse(text, segments);
    }

    /// <inheritdoc />
    public SpeakerMention? Before(string text, int position)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pos = position;
        if (RoleBefore(text, position) is { } described)
        {
            return described;
        }

        // Skip adverbs between the speaker and the cue.
        var p = Words.Previous(text, pos);
        while (p is not null && Adverbs.Contains(p.Value.TextOf(text)) && Words.Gap(text, p.Value.End, pos).Trim().Length == 0)
        {
            pos = p.Value.Start;
            p = Words.Previous(text, pos);
        }

        // "Ajudan gubernur, Budi Santoso, mengatakan": an appositive closes with a comma before the verb.
        var firstGap = p is null ? string.Empty : Words.Gap(text, p.Value.End, pos).Trim();
        if (p is null || firstGap.Length > 0 && !(firstGap is "," && IsCapitalised(p.Value.TextOf(text))))
        {
            return null;
        }

        if (firstGap is ",")
        {
            pos = p.Value.End;
        }

        if (Pronouns.Contains(p.Value.TextOf(text)))
        {
            return new SpeakerMention(p.Value, null, null, true);
        }

        var segments = new List<List<TextSpan>>();
        var current = new List<TextSpan>();
        var count = 0;
        while (p is not null && count < MaxWords)
        {
            var s = p.Value.TextOf(text);
            var gap = Words.Gap(text, p.Value.End, pos).Trim();
            var cap = IsCapitalised(s) || Connectors.Contains(s) && current.Count > 0;
            if (!cap || NotNames.Contains(s))
            {
                break;
            }

            if (count > 0 && gap.Length > 0)
            {
                if (gap is "," && current.Count > 0)
                {
                    segments.Insert(0, current);
                    current = [];
                }
                else if (gap is not "." || (s.Length > 1 && !Titles.Contains(s)))
                {
                    break;
                }
            }

            current.Insert(0, p.Value);
            pos = p.Value.Start;
            count++;
            p = Words.Previous(text, pos);
        }

        if (current.Count > 0)
        {
            // A role in lower case ahead of the capitalised words: "juru bicara Gedung Putih X".
            var roleStart = -1;
            var back = new List<TextSpan>();
            for (var q = Words.Previous(text, current[0].Start); q is { } qq && back.Count < 3 && Words.Gap(text, qq.End, back.Count == 0 ? current[0].Start : back[0].Start).Trim().Length == 0; q = Words.Previous(text, qq.Start))
            {
                var qs = qq.TextOf(text);
                if (!char.IsLower(qs[0]) && !LowerRoles.Contains(qs))
                {
                    break;
                }

                back.Insert(0, qq);
                if (LowerRoles.Contains(qs))
                {
                    roleStart = back.Count;
                }
            }

            if (roleStart > 0)
            {
                current.InsertRange(0, back.Skip(back.Count - roleStart));
            }

            segments.Insert(0, current);
        }

        while (segments.Count > 0 && Connectors.Contains(segments[0][0].TextOf(text)))
        {
            segments[0].RemoveAt(0);
            if (segments[0].Count == 0)
            {
                segments.RemoveAt(0);
            }
        }

        return segments.Count == 0 ? null : Parse(text, segments);
    }

    private static readonly FrozenSet<string> IndefiniteDeterminers = new[] { "seorang", "sebuah", "salah", "a", "an" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> SkippedBeforeCue = new[] { "juga", "pun", "kembali", "lalu", "kemudian", "sebelumnya", "pula", "also", "then" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A described speaker ending before a cue: "pejabat itu (juga) mengakui", "Pejabat tersebut
    /// mengatakan" (an anaphor), or a lower-case role phrase "pejabat administrasi senior
    /// menambahkan" (an unnamed speaker). At most four words, the first a role noun.
    /// </summary>
    private static SpeakerMention? RoleBefore(string text, int position)
    {
        var pos = position;
        var p = Words.Previous(text, pos);
        while (p is { } adv && SkippedBeforeCue.Contains(adv.TextOf(text)) && Words.Gap(text, adv.End, pos).Trim().Length == 0)
        {
            pos = adv.Start;
            p = Words.Previous(text, pos);
        }

        if (p is not { } last || Words.Gap(text, last.End, pos).Trim().Length > 0)
        {
            return null;
        }

        var lastWord = last.TextOf(text);
        var anaphor = Demonstratives.Contains(lastWord);
        if (!anaphor && !char.IsLower(lastWord[0]))
        {
            return null;
        }

        var words = new List<TextSpan> { last };
        var start = -1;
        for (var w = last; words.Count <= 4;)
        {
            var s = w.TextOf(text);
            if (LowerRoles.Contains(s) && (char.IsLower(s[0]) || anaphor))
            {
                start = w.Start;
            }

            if (Words.Previous(text, w.Start) is not { } prev || Words.Gap(text, prev.End, w.Start).Trim().Length > 0
                || !(char.IsLower(prev.TextOf(text)[0]) || anaphor && LowerRoles.Contains(prev.TextOf(text))))
            {
                break;
            }

            words.Add(prev);
            w = prev;
        }

        if (start < 0 || (!anaphor && words.Count == 1 && !LowerRoles.Contains(lastWord)))
        {
            return null;
        }

        var mention = new TextSpan(start, last.End);
        return new SpeakerMention(mention, null, mention, anaphor);
    }

    private static bool IsCapitalised(ReadOnlySpan<char> w) => w.Length > 0 && (char.IsUpper(w[0]) || char.IsDigit(w[0]) && false);

    private static bool IsInitialOrTitle(string text, List<TextSpan> current) =>
        current.Count > 0 && (current[^1].Length == 1 || Titles.Contains(current[^1].TextOf(text)));

    private static bool IsAcronym(string s) => s.Length >= 2 && s.All(c => char.IsUpper(c) || char.IsDigit(c));

    private static bool IsRoleWord(string text, TextSpan w)
    {
        var s = w.TextOf(text);
        if (Titles.Contains(s))
        {
            return false;
        }

        if (RoleWords.Contains(s))
        {
            return true;
        }

        // An acronym (BPBD, KPU) names an organisation.
        var upper = 0;
        foreach (var c in s)
        {
            if (char.IsUpper(c))
            {
                upper++;
            }
            else if (char.IsLetter(c))
            {
                return false;
            }
        }

        return upper >= 2;
    }

    private static SpeakerMention Parse(string text, List<List<TextSpan>> segments)
    {
        var mention = new TextSpan(segments[0][0].Start, segments[^1][^1].End);
        var nameIndex = -1;
        if (segments.Count > 1 && !segments[0].Any(w => IsRoleWord(text, w)) && segments[1].Any(w => IsRoleWord(text, w)))
        {
            nameIndex = 0; // "Rina Hartati, Kepala …": the name comes first
        }

        for (var i = segments.Count - 1; i >= 0 && nameIndex < 0; i--)
        {
            if (!segments[i].Any(w => IsRoleWord(text, w)))
            {
                nameIndex = i;
                break;
            }
        }

        if (nameIndex >= 0)
        {
            var seg = segments[nameIndex];
            var name = new TextSpan(seg[0].Start, seg[^1].End);
            var roleSegs = segments.Where((_, i) => i != nameIndex).ToList();
            TextSpan? role = roleSegs.Count == 0 ? null : new TextSpan(roleSegs[0][0].Start, roleSegs[^1][^1].End);

            // A trailing segment after the name that is not a role (a place: "kata X, Jakarta") is left out.
            if (nameIndex < segments.Count - 1 && role is { } r && r.Start > name.Start)
            {
                mention = new TextSpan(mention.Start, segments[^1][^1].End);
            }

            return new SpeakerMention(mention, name, role, false);
        }

        // Every segment holds role words: the name is the trailing run of other words of the last one,
        // at most three words, with the titles or ranks just before them.
        var last = segments[^1];
        var k = last.Count;
        while (k > 0 && !IsRoleWord(text, last[k - 1]) && !Titles.Contains(last[k - 1].TextOf(text)) && last.Count - k < 3)
        {
            k--;
        }

        if (k < last.Count)
        {
            var coreStart = k;
            if (last.Count - coreStart == 3 && k > 0 && !Titles.Contains(last[k - 1].TextOf(text)))
            {
                coreStart++; // "Bupati Brebes Idza Priyanti": the word after the role names the place
            }
            else if (last.Count - coreStart == 2 && k > 0 && PlaceTypes.Contains(last[k - 1].TextOf(text)))
            {
                coreStart++;
            }

            var t = coreStart;
            while (t > 0 && Titles.Contains(last[t - 1].TextOf(text)))
            {
                t--;
            }

            var name = new TextSpan(last[t].Start, last[^1].End);
            var role = name.Start > mention.Start ? new TextSpan(mention.Start, Words.TrimEnd(text, name.Start)) : (TextSpan?)null;
            return new SpeakerMention(mention, name, role, false);
        }

        return new SpeakerMention(mention, null, mention, false);
    }
}
