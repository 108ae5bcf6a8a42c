using System.Globalization;
using System.Text;

namespace Liputan.Bench;

/// <summary>
/// Generates realistic saved-text news pages: page chrome (menus, byline, stamps, captions,
/// "Baca juga", tags, footers) around an article of 6-14 paragraphs about one of many events,
/// each event told by several outlets, with a share of republished copies. Deterministic for
/// a seed. The vocabulary is synthetic; lengths follow Indonesian online news (300-900 words).
/// </summary>
public sealed class PageGenerator(int seed = 42)
{
    private static readonly string[] Places = ["Jakarta", "Bandung", "Surabaya", "Medan", "Makassar", "Semarang", "Palembang", "Denpasar", "Yogyakarta", "Padang", "Pontianak", "Manado", "Balikpapan", "Jayapura", "Kupang", "Malang", "Bogor", "Bekasi", "Tangerang", "Depok", "Solo", "Cirebon", "Jambi", "Pekanbaru", "Banjarmasin", "Samarinda", "Mataram", "Ambon", "Kendari", "Palu"];
    private static readonly string[] Topics = ["banjir", "kebakaran", "gempa", "longsor", "pemilihan", "anggaran", "harga beras", "tarif listrik", "jalan tol", "sekolah", "rumah sakit", "pelabuhan", "bandara", "pasar", "festival", "pertandingan", "korupsi", "investasi", "ekspor", "pariwisata"];
    private static readonly string[] First = ["Andi", "Budi", "Citra", "Dewi", "Eko", "Fajar", "Gita", "Hendra", "Indah", "Joko", "Kartika", "Lestari", "Made", "Nur", "Oki", "Putri", "Rizki", "Sari", "Taufik", "Utami", "Wahyu", "Yusuf", "Zainal", "Agus", "Bayu"];
    private static readonly string[] Last = ["Santoso", "Wijaya", "Hidayat", "Saputra", "Lestari", "Pratama", "Kurniawan", "Siregar", "Nasution", "Halim", "Setiawan", "Rahman", "Gunawan", "Permana", "Susanto", "Wibowo", "Harahap", "Simanjuntak", "Putra", "Utomo"];
    private static readonly string[] Roles = ["Kepala Dinas", "Wali Kota", "Gubernur", "Kapolres", "Direktur Utama", "Juru bicara", "Ketua DPRD", "Camat", "Kepala BPBD", "Menteri"];
    private static readonly string[] Verbs = ["mengatakan", "menyatakan", "menjelaskan", "menegaskan", "mengungkapkan", "menyebutkan"];
    private static readonly string[] Fillers =
    [
        "Kondisi itu membuat warga di sekitar lokasi harus waspada selama beberapa hari ke depan.",
        "Pemerintah daerah menyiapkan anggaran tambahan untuk menangani dampak yang ditimbulkan.",
        "Sejumlah warga mengaku belum menerima informasi resmi dari pihak berwenang hingga sore hari.",
        "Petugas gabungan terus melakukan pendataan di lapangan dan memperbarui laporan setiap enam jam.",
        "Menurut catatan dinas terkait, kejadian serupa pernah terjadi di wilayah yang sama beberapa tahun lalu.",
        "Aktivitas ekonomi di pusat kota sempat terganggu, meski sebagian toko kembali buka pada siang hari.",
        "Pihak kepolisian mengimbau masyarakat agar tidak mudah percaya pada kabar yang belum terverifikasi.",
        "Anggota dewan meminta pemerintah segera mengevaluasi langkah penanganan yang sudah dilakukan.",
    ];

    private static readonly string[] Outlets = ["Kabar Kota", "Warta Harian", "Suara Rakyat", "Berita Nusa", "Harian Pagi", "Portal Daerah", "Info Terkini", "Lensa Berita", "Media Pesisir", "Jurnal Nusantara"];

    private readonly Random _rnd = new(seed);

    /// <summary>Writes <paramref name="count"/> pages into <paramref name="folder"/> and returns their paths.</summary>
    public IReadOnlyList<string> WriteCorpus(string folder, int count, double duplicateShare = 0.05)
    {
        Directory.CreateDirectory(folder);
        var paths = new List<string>(count);
        string? last = null;
        for (var i = 0; i < count; i++)
        {
            var text = last is not null && _rnd.NextDouble() < duplicateShare ? last : Page(i);
            var sub = Path.Combine(folder, (i / 1000).ToString("D4", CultureInfo.InvariantCulture));
            Directory.CreateDirectory(sub);
            var path = Path.Combine(sub, i.ToString("D7", CultureInfo.InvariantCulture) + ".txt");
            File.WriteAllText(path, text);
            paths.Add(path);
            last = text;
        }

        return paths;
    }

    /// <summary>One page; pages of the same event (i / 6, or <paramref name="eventId"/>) share place, topic, people and date.</summary>
    public string Page(int index, int? eventId = null)
    {
        var ev = eventId ?? index / 6;
        var er = new Random(seed ^ (ev * 7919));
        var place = Pick(er, Places);
        var topic = Pick(er, Topics);
        var person = $"{Pick(er, First)} {Pick(er, Last)}";
        var role = Pick(er, Roles);
        var date = new DateTime(2024, 1, 1).AddDays(ev % 700);
        var number = er.Next(12, 9000);
        var outlet = Pick(_rnd, Outlets);
        var domain = outlet.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant() + ".id";
        var sb = new StringBuilder(6000);
        var c = CultureInfo.InvariantCulture;
        sb.Append(outlet).Append('\n');
        sb.Append("Beranda   Nasional   Daerah   Ekonomi   Olahraga   Gaya Hidup\n\n");
        var title = $"{Cap(topic)} di {place}, {role} {person.Split(' ')[1]} Minta Warga Tenang";
        sb.Append(title).Append('\n');
        sb.Append(c, $"https://www.{domain}/daerah/{index}/{topic.Replace(' ', '-')}-{place.ToLowerInvariant()}\n");
        sb.Append(c, $"Penulis: {Pick(_rnd, First)} {Pick(_rnd, Last)} | Editor: {Pick(_rnd, First)} {Pick(_rnd, Last)}\n");
        sb.Append(c, $"{date.AddDays(_rnd.Next(0, 2)):dd/MM/yyyy}, {_rnd.Next(6, 23):00}:{_rnd.Next(0, 60):00} WIB\n");
        sb.Append(c, $"Suasana lokasi {topic} di {place}. (Foto: Dok. {outlet})\n\n");
        var people = number.ToString("N0", c).Replace(',', '.');
        sb.Append(c, $"{place.ToUpperInvariant()}, {domain.ToUpperInvariant()} - Peristiwa {topic} terjadi di {place} pada {Day(date)} ({date.Day}/{date.Month}/{date.Year}). Sebanyak {people} warga terdampak menurut data sementara pemerintah setempat.\n\n");
        var paragraphs = _rnd.Next(6, 15);
        for (var p = 0; p < paragraphs; p++)
        {
            switch (_rnd.Next(5))
            {
                case 0:
                    sb.Append(c, $"\"Kami meminta masyarakat tetap tenang dan mengikuti arahan petugas di lapangan,\" kata {role} {person} di {place}.\n\n");
                    break;
                case 1:
                    sb.Append(c, $"{role} {person} {Pick(_rnd, Verbs)} bahwa penanganan {topic} akan dituntaskan dalam {_rnd.Next(2, 30)} hari dengan biaya sekitar Rp {_rnd.Next(1, 90)},{_rnd.Next(1, 9)} miliar.\n\n");
                    break;
                case 2:
                    sb.Append("Baca juga: ").Append(Cap(Pick(_rnd, Topics))).Append(" di ").Append(Pick(_rnd, Places)).Append(" Jadi Sorotan\n\n");
                    break;
                default:
                    sb.Append(Pick(_rnd, Fillers)).Append(' ').Append(Pick(_rnd, Fillers)).Append(' ').Append(Pick(_rnd, Fillers)).Append("\n\n");
                    break;
            }
        }

        sb.Append(c, $"Tag: {topic} {place.ToLowerInvariant()} berita daerah\n");
        sb.Append("Ikuti kami di Google News\n");
        sb.Append(c, $"© {date.Year} {outlet}. All rights reserved.\n");
        return sb.ToString();
    }

    private static string Day(DateTime d) => d.DayOfWeek switch
    {
        DayOfWeek.Monday => "Senin",
        DayOfWeek.Tuesday => "Selasa",
        DayOfWeek.Wednesday => "Rabu",
        DayOfWeek.Thursday => "Kamis",
        DayOfWeek.Friday => "Jumat",
        DayOfWeek.Saturday => "Sabtu",
        _ => "Minggu",
    };

    private static string Cap(string s) => char.ToUpperInvariant(s[0]) + s[1..];

    private static string Pick(Random r, string[] items) => items[r.Next(items.Length)];
}
