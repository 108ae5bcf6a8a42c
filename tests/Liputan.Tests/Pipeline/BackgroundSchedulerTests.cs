using System.Collections.Concurrent;
using Liputan.Pipeline;

namespace Liputan.Tests.Pipeline;

public sealed class BackgroundSchedulerTests
{
    [Fact]
    public async Task Should_run_a_parallel_loop_on_its_own_threads_only()
    {
        // Given a scheduler with two threads
        using var scheduler = new BackgroundScheduler(2);
        var callers = Environment.CurrentManagedThreadId;

        // When a loop queued on it runs a parallel loop on it, as ingest's extraction does
        var threads = new ConcurrentDictionary<int, byte>();
        var sum = await scheduler.Run(
            () =>
            {
                var total = 0L;
                Parallel.For(0, 2_000, new ParallelOptions { TaskScheduler = scheduler }, i =>
                {
                    threads.TryAdd(Environment.CurrentManagedThreadId, 0);
                    Interlocked.Add(ref total, i);
                });
                return total;
            },
            TestContext.Current.CancellationToken);

        // Then every item ran, none on the caller's thread nor on more threads than it has
        sum.ShouldBe(1_999L * 2_000 / 2);
        threads.Keys.ShouldNotContain(callers);
        threads.Count.ShouldBeLessThanOrEqualTo(2);
    }

    [Fact]
    public async Task Should_lower_its_threads_nice_level_on_linux()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "thread nice levels are a Linux notion");

        // Given a scheduler
        using var scheduler = new BackgroundScheduler(1);

        // When one of its threads reads its own nice level from the kernel
        var nice = await scheduler.Run(() => NiceOfThisThread(), TestContext.Current.CancellationToken);

        // Then it is above the process's (a lower priority), and the scheduler says so
        nice.ShouldBeGreaterThan(NiceOfThisThread());
        scheduler.Lowered.ShouldBeTrue();
    }

    [Fact]
    public async Task Should_hand_back_a_failure_of_its_work()
    {
        // Given a scheduler
        using var scheduler = new BackgroundScheduler(1);

        // When its work fails
        var task = scheduler.Run<int>(() => throw new InvalidOperationException("bad page"), TestContext.Current.CancellationToken);

        // Then the failure reaches the caller, and the scheduler goes on with the next work
        (await Should.ThrowAsync<InvalidOperationException>(task)).Message.ShouldBe("bad page");
        (await scheduler.Run(() => 42, TestContext.Current.CancellationToken)).ShouldBe(42);
    }

    // Field 19 of /proc/thread-self/stat is the thread's nice level (the name in field 2 may hold spaces).
    private static int NiceOfThisThread()
    {
        var stat = File.ReadAllText("/proc/thread-self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return int.Parse(fields[16], System.Globalization.CultureInfo.InvariantCulture);
    }
}
