using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace Liputan.Pipeline;

/// <summary>
/// Runs tasks on its own threads at a lower scheduling priority than the rest of the process.
/// Ingest extracts the next batches on it while the current one is stored and grouped: that step
/// runs in stream order on one thread and bounds the run, and at equal priority the extraction
/// threads took half its core whenever they had work. At a lower priority they still use every
/// cycle the store leaves idle, so the machine stays busy and the sequential step is not slowed.
/// </summary>
public sealed class BackgroundScheduler : TaskScheduler, IDisposable
{
    // How much the threads' Linux nice level is raised: CFS gives a thread 10 levels nicer about a
    // tenth of the share of one it competes with, and all of a core nobody else wants.
    private const int Nice = 10;
    private const int MaxNice = 19;

    [ThreadStatic]
    private static BackgroundScheduler? _current;

    private readonly BlockingCollection<Task> _queue = [];
    private readonly Thread[] _threads;

    /// <summary>A scheduler with <paramref name="threads"/> threads (all cores when 0).</summary>
    public BackgroundScheduler(int threads = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(threads);
        _threads = new Thread[threads > 0 ? threads : Environment.ProcessorCount];
        for (var i = 0; i < _threads.Length; i++)
        {
            _threads[i] = new Thread(Work) { IsBackground = true, Name = "liputan background " + i };
            _threads[i].Start();
        }
    }

    /// <inheritdoc />
    public override int MaximumConcurrencyLevel => _threads.Length;

    /// <summary>Whether the threads' priority could be lowered (false: they run at normal priority).</summary>
    public bool Lowered { get; private set; }

    /// <summary>Runs <paramref name="work"/> on the scheduler.</summary>
    public Task<T> Run<T>(Func<T> work, CancellationToken cancellationToken = default) =>
        Task.Factory.StartNew(work, cancellationToken, TaskCreationOptions.DenyChildAttach, this);

    /// <summary>Lets the threads finish the queued tasks and end.</summary>
    public void Dispose()
    {
        _queue.CompleteAdding();
        foreach (var t in _threads)
        {
            t.Join();
        }

        _queue.Dispose();
    }

    /// <inheritdoc />
    protected override void QueueTask(Task task) => _queue.Add(task);

    // A task queued here runs inline only on the scheduler's own threads (a Parallel.For on it
    // runs part of its loop on the calling thread): elsewhere it would run at the caller's priority.
    /// <inheritdoc />
    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        _current == this && TryExecuteTask(task);

    /// <inheritdoc />
    protected override IEnumerable<Task> GetScheduledTasks() => _queue.ToArray();

    private void Work()
    {
        _current = this;
        Lower();
        foreach (var task in _queue.GetConsumingEnumerable())
        {
            TryExecuteTask(task);
        }
    }

    private void Lower()
    {
        try
        {
            if (OperatingSystem.IsLinux())
            {
                // PRIO_PROCESS with a thread id reads and sets that thread's nice level (Linux threads
                // are tasks); raised from where it is, as a process already run under nice keeps its place.
                var tid = gettid();
                Marshal.SetLastPInvokeError(0);
                var current = getpriority(0, tid);
                if (current != -1 || Marshal.GetLastPInvokeError() == 0)
                {
                    Lowered |= setpriority(0, tid, Math.Min(MaxNice, current + Nice)) == 0;
                }
            }
            else
            {
                Thread.CurrentThread.Priority = ThreadPriority.BelowNormal;
                Lowered = true;
            }
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException or PlatformNotSupportedException)
        {
            // An older C library or a platform without priorities: the threads run at normal priority.
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int setpriority(int which, int who, int prio);

    [DllImport("libc", SetLastError = true)]
    private static extern int getpriority(int which, int who);

    [DllImport("libc")]
    private static extern int gettid();
}
