using System.Diagnostics;
using Liputan.Documents;
using Liputan.Extraction;
using Liputan.Ingestion;
using Liputan.Pipeline;
using Liputan.Storage;

namespace Liputan.Workflows;

/// <summary>Options of an ingest run.</summary>
/// <param name="BatchSize">Articles per store transaction: a killed run loses at most one batch.</param>
/// <param name="Parallelism">Threads that extract at once.</param>
/// <param name="MaxBytes">Files larger than this are skipped.</param>
/// <param name="Group">Assign each batch to copies and events as it is stored (the online state in the same transaction).</param>
public sealed record IngestOptions(int BatchSize = 64, int Parallelism = 0, long MaxBytes = FileSource.DefaultMaxBytes, bool Group = true)
{
    /// <summary>The defaults: all cores.</summary>
    public static IngestOptions Default { get; } = new();
}

/// <summary>
/// Reads files and web pages, extracts articles on all cores, and stores them in batches, in input order, each
/// batch assigned to copies, events and stories in its own transaction (<see cref="OnlineGrouping"/>).
/// Bad inputs are skipped with a reason and the run goes on.
/// </summary>
public sealed class IngestWorkflow(IStore store, IngestOptions? options = null, TimeProvider? time = null)
{
    private readonly IngestOptions _options = options ?? IngestOptions.Default;

    /// <summary>Ingests the given files, folders and http(s) addresses.</summary>
    public IngestReport Run(IEnumerable<string> inputs, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        var (files, missing) = Expand(inputs);
        var skipped = missing.Select(m => new Skipped(m, "not found")).ToList();
        var source = new FileSource(_options.MaxBytes, time);
        using var http = files.Any(f => HttpSource.IsWebAddress(f, out _)) ? new HttpSource(time: time) : null;
        var ingested = 0;
        var duplicates = 0;
        var parallelism = _options.Parallelism > 0 ? _options.Parallelism : Environment.ProcessorCount;
        OnlineGrouping? online = null;
        if (_options.Group)
        {
            online = new OnlineGrouping(store);
            online.CatchUp();
        }

        // One batch is extracted (and its grouping features computed) on all cores while the one
        // before it is stored and assigned, which runs on one thread as the stream's order requires;
        // the extraction runs at a lower priority, so it takes only the cycles that step leaves.
        // Web pages are fetched from the thread pool, whose new workers would inherit a lowered
        // priority from the thread that asked for them (Linux): a run with addresses, bound by the
        // network anyway, extracts at normal priority.
        using var background = http is null ? new BackgroundScheduler(parallelism) : null;
        var extraction = (TaskScheduler?)background ?? TaskScheduler.Default;
        (string File, ExtractionResult Result, PreparedArticle? Prepared)[] Extract(int start)
        {
            var count = Math.Min(_options.BatchSize, files.Count - start);
            var results = new (string File, ExtractionResult Result, PreparedArticle? Prepared)[count];
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken, TaskScheduler = extraction }, i =>
            {
                var file = files[start + i];
                var item = http is not null && HttpSource.IsWebAddress(file, out var url)
                    ? http.FetchAsync(url!, cancellationToken).GetAwaiter().GetResult()
                    : source.Read(file);
                var result = item.Document is null ? ExtractionResult.Fail(item.SkipReason!) : DocumentExtractor.Default.Extract(item.Document);
                results[i] = (file, result, result.Success && online is not null ? online.Prepare(result.Article!) : null);
            });
            return results;
        }

        Task<(string File, ExtractionResult Result, PreparedArticle? Prepared)[]> Start(int at) =>
            Task.Factory.StartNew(() => Extract(at), cancellationToken, TaskCreationOptions.DenyChildAttach, extraction);

        var next = files.Count > 0 ? Start(0) : null;
        try
        {
            for (var start = 0; start < files.Count; start += _options.BatchSize)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var results = next!.GetAwaiter().GetResult();
                var following = start + _options.BatchSize;
                next = following < files.Count ? Start(following) : null;
                var batch = new List<Article>(results.Length);
                var prepared = new List<PreparedArticle>(results.Length);
                foreach (var (file, result, ready) in results)
                {
                    if (result.Success)
                    {
                        batch.Add(result.Article!);
                        if (ready is not null)
                        {
                            prepared.Add(ready);
                        }
                    }
                    else
                    {
                        skipped.Add(new Skipped(file, result.FailureReason!));
                    }
                }

                var outcomes = online is null ? store.Ingest(batch) : store.Ingest(batch, inserted => online.Assign(inserted, prepared));
                foreach (var outcome in outcomes)
                {
                    if (outcome.Status == IngestStatus.Inserted)
                    {
                        ingested++;
                    }
                    else
                    {
                        duplicates++;
                    }
                }

                progress?.Report(new IngestProgress(start + results.Length, files.Count, ingested, duplicates, skipped.Count - missing.Count));
            }
        }
        finally
        {
            // A failed batch stops the run: the extraction running ahead is waited for, not left behind.
            Tasks.WaitIgnoringFailure(next);
        }

        // Each batch linked its own events into stories: nothing is left to link at the end.
        var groups = online is null ? ((int, int)?)null : store.CountGroups();
        return new IngestReport(files.Count + missing.Count, ingested, duplicates, skipped, watch.Elapsed) { Groups = groups };
    }

    // Web addresses stay as they are, in their place among the inputs; files and folders expand.
    private static (List<string> Inputs, List<string> Missing) Expand(IEnumerable<string> inputs)
    {
        var all = new List<string>();
        var missing = new List<string>();
        foreach (var input in inputs)
        {
            if (HttpSource.IsWebAddress(input, out _))
            {
                all.Add(input);
                continue;
            }

            var (files, gone) = FileSource.Expand([input]);
            all.AddRange(files);
            missing.AddRange(gone);
        }

        return (all, missing);
    }
}
