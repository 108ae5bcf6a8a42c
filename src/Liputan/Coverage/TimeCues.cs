namespace Liputan.Coverage;

/// <summary>
/// The time-expression finder scans every position of a body with one large pattern; most
/// sentences of a news text hold no time at all. This gives it the body with every sentence that
/// has neither a digit nor a time word blanked out (same length, line breaks kept, so spans and
/// the order of the remaining expressions hold): the same expressions, for a fraction of the scan.
/// </summary>
internal static class TimeCues
{
    // Every word the finder's patterns can start from or need (Indonesian and English), besides digits.
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "kemarin", "yesterday", "hari", "today", "besok", "tomorrow", "lusa", "lalu", "depan", "last", "next", "this", "pekan", "minggu",
        "week", "weekend", "bulan", "month", "tahun", "year", "keesokan", "harinya", "day", "terakhir", "past", "setelahnya", "sebelumnya",
        "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "ahad", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "januari", "februari", "pebruari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember",
        "january", "february", "march", "may", "june", "july", "august", "october", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "agu", "agt", "aug", "sep", "sept", "okt", "oct", "nov", "des", "dec",
    };

    public static string Keep(string body)
    {
        char[]? copy = null;
        var start = 0;
        for (var i = 0; i <= body.Length; i++)
        {
            if (i < body.Length && !(body[i] is '.' or '!' or '?' or '\n'))
            {
                continue;
            }

            if (!HasCue(body, start, i))
            {
                copy ??= body.ToCharArray();
                for (var k = start; k < i; k++)
                {
                    copy[k] = ' ';
                }
            }

            start = i + 1;
        }

        return copy is null ? body : new string(copy);
    }

    private static bool HasCue(string body, int start, int end)
    {
        var w = -1;
        for (var i = start; i <= end; i++)
        {
            var c = i < end ? body[i] : ' ';
            if (char.IsDigit(c))
            {
                return true;
            }

            if (char.IsLetter(c) || c == '\'')
            {
                w = w < 0 ? i : w;
                continue;
            }

            if (w >= 0 && Words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(body.AsSpan(w, i - w)))
            {
                return true;
            }

            w = -1;
        }

        return false;
    }
}
