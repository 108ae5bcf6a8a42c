using System.Net;
using System.Text;

namespace Liputan.Coverage.Rendering;

/// <summary>The story coverage as one self-contained HTML page (no scripts, no external assets).</summary>
public static class CoverageHtml
{
    /// <summary>Renders the coverage.</summary>
    public static string Render(StoryCoverage c)
    {
        ArgumentNullException.ThrowIfNull(c);
        static string E(string? s) => WebUtility.HtmlEncode(s ?? "");
        var v = c.Story;
        var articles = v.Events.SelectMany(e => e.Articles).SelectMany(a => a.AlsoPublishedAt.Prepend(a)).GroupBy(a => a.Id, StringComparer.Ordinal).Select(g => g.First()).ToList();
        var number = articles.Select((a, i) => (a.Id, i + 1)).ToDictionary(x => x.Id, x => x.Item2, StringComparer.Ordinal);
        string Cites(IEnumerable<Citation> cites) =>
            string.Concat(cites.Select(x => $"<a class=\"cite\" href=\"#src-{number.GetValueOrDefault(x.ArticleId)}\" title=\"{E(x.Outlet)}: {E(x.Text)}\">[{number.GetValueOrDefault(x.ArticleId)}]</a>"));

        var sb = new StringBuilder();
        sb.Append("<!doctype html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>").Append(E(v.Title)).Append("</title>");
        sb.Append("<style>body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#222}")
          .Append(".cite{font-size:.8em;text-decoration:none;margin-left:.15em}.meta{color:#666}table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:.25rem .5rem;text-align:left}")
          .Append(".kind{font-size:.75em;color:#fff;background:#888;border-radius:.3em;padding:0 .3em}.kind.event{background:#2a7}.kind.scheduled{background:#27a}</style></head><body>");
        sb.Append("<h1>").Append(E(v.Title)).Append("</h1><p class=\"meta\">").Append(v.Events.Count).Append(" event(s) · ")
          .Append(articles.Count).Append(" article(s) · ").Append(c.Outlets.Count).Append(" outlet(s)");
        if (v.First is not null)
        {
            sb.Append(" · ").Append(E(v.First)).Append(v.Last != v.First ? " – " + E(v.Last) : "");
        }

        sb.Append("</p><h2>Summary</h2><ul>");
        foreach (var s in c.Summary)
        {
            sb.Append("<li>").Append(E(s.Text)).Append(Cites(s.Support)).Append("</li>");
        }

        sb.Append("</ul>");
        if (c.Timeline.Count > 0)
        {
            sb.Append("<h2>Timeline</h2><ul>");
            foreach (var t in c.Timeline)
            {
                sb.Append("<li><strong>").Append(E(t.Value)).Append("</strong> <span class=\"kind ").Append(E(t.Kind)).Append("\">").Append(E(t.Kind))
                  .Append("</span> ").Append(E(t.Text)).Append(Cites(t.Sources.GroupBy(x => x.ArticleId, StringComparer.Ordinal).Select(g => g.First()))).Append("</li>");
            }

            sb.Append("</ul>");
        }

        if (c.Facts.Count > 0)
        {
            sb.Append("<h2>Facts across outlets</h2><ul>");
            foreach (var f in c.Facts)
            {
                sb.Append("<li><strong>").Append(E(f.Slot)).Append("</strong> <span class=\"kind\">").Append(E(f.Verdict + (f.AcrossEvents ? ", across events" : ""))).Append("</span> ").Append(E(string.Join(", ", f.About))).Append("<ul>");
                foreach (var value in f.Values)
                {
                    sb.Append("<li>").Append(E(value.Outlet)).Append(": ").Append(E(value.Quantity)).Append(Cites([value.Source])).Append("</li>");
                }

                sb.Append("</ul></li>");
            }

            sb.Append("</ul>");
        }

        if (c.Contradictions.Count > 0)
        {
            sb.Append("<h2>One outlet against all others</h2><ul>");
            foreach (var x in c.Contradictions)
            {
                sb.Append("<li><em>").Append(E(x.Outlet)).Append("</em> <span class=\"kind\">").Append(E(x.Rule)).Append("</span> ").Append(E(x.Detail)).Append(": ")
                  .Append(E(x.Statement.Text)).Append(Cites([x.Statement])).Append(" — others").Append(Cites(x.Others)).Append("</li>");
            }

            sb.Append("</ul>");
        }

        if (c.OneSided.Count > 0)
        {
            sb.Append("<h2>Claims made by one side only</h2><ul>");
            foreach (var o in c.OneSided)
            {
                sb.Append("<li><strong>").Append(E(o.Side)).Append("</strong>").Append(o.About is null ? "" : " about " + E(o.About))
                  .Append(o.UnconfirmedBy is null ? "" : ", not confirmed by " + E(o.UnconfirmedBy)).Append(o.NoResponse is null ? "" : Cites([o.NoResponse])).Append("<ul>");
                foreach (var x in o.Claims)
                {
                    sb.Append("<li>").Append(E(x.Text)).Append(" <em>").Append(E(x.Outlet)).Append("</em>").Append(Cites([x])).Append("</li>");
                }

                sb.Append("</ul></li>");
            }

            sb.Append("</ul>");
        }

        if (c.Quotes.Count > 0)
        {
            sb.Append("<h2>Quotes</h2>");
            foreach (var speaker in c.Quotes)
            {
                sb.Append("<h3>").Append(E(speaker.Speaker)).Append("</h3>");
                if (speaker.Roles.Count > 0)
                {
                    sb.Append("<p class=\"meta\">").Append(E(string.Join("; ", speaker.Roles))).Append("</p>");
                }

                sb.Append("<ul>");
                foreach (var q in speaker.Quotes)
                {
                    sb.Append("<li>").Append(string.Join("<br>", q.Wordings.Select(w => E(w.Quote.Text) + " <em>" + E(w.Outlet) + "</em>" + Cites([w.Quote])))).Append("</li>");
                }

                sb.Append("</ul>");
            }
        }

        sb.Append("<h2>Coverage by outlet</h2><table><tr><th>outlet</th><th>articles</th><th>first</th><th>latest</th><th>cites</th><th>photo credits</th></tr>");
        foreach (var o in c.Outlets)
        {
            sb.Append("<tr><td>").Append(E(o.Name)).Append("</td><td>").Append(o.Articles).Append("</td><td>").Append(E(o.First ?? "–"))
              .Append("</td><td>").Append(E(o.Last ?? "–")).Append("</td><td>")
              .Append(string.Join(", ", o.CitedMedia.Select(m => E(m.Name) + Cites(m.Sources)))).Append("</td><td>").Append(E(string.Join(", ", o.PhotoCredits))).Append("</td></tr>");
        }

        sb.Append("</table>");
        if (c.OnlyOneOutlet.Count > 0)
        {
            sb.Append("<h2>Reported by one outlet only</h2><ul>");
            foreach (var x in c.OnlyOneOutlet)
            {
                sb.Append("<li><em>").Append(E(x.Outlet)).Append("</em>: ").Append(E(x.Source.Text)).Append(Cites([x.Source])).Append("</li>");
            }

            sb.Append("</ul>");
        }

        sb.Append("<h2>Sources</h2><ol>");
        foreach (var a in articles)
        {
            sb.Append("<li id=\"src-").Append(number[a.Id]).Append("\">");
            if (a.Url is not null)
            {
                sb.Append("<a href=\"").Append(E(a.Url)).Append("\">").Append(E(a.Title ?? a.Id)).Append("</a>");
            }
            else
            {
                sb.Append(E(a.Title ?? a.Id));
            }

            sb.Append(" — ").Append(E(a.Outlet ?? "unknown outlet")).Append(a.Published is null ? "" : ", " + E(a.Published)).Append("</li>");
        }

        sb.Append("</ol></body></html>\n");
        return sb.ToString();
    }
}
