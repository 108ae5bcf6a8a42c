using Liputan.Pipeline;

namespace Liputan.Tests.Pipeline;

public sealed class TasksTests
{
    [Fact]
    public void Should_wait_for_a_failing_task_to_end_without_raising_its_failure()
    {
        // Given work beside a failed step that is still running and then fails too
        using var release = new ManualResetEventSlim();
        var ended = false;
        var task = Task.Run(
            () =>
            {
                release.Wait(TestContext.Current.CancellationToken);
                ended = true;
                throw new InvalidOperationException("disk full");
            },
            TestContext.Current.CancellationToken);

        // When it is waited for, quietly, once it is let go
        release.Set();
        Should.NotThrow(() => Tasks.WaitIgnoringFailure(task));

        // Then it has run to its end
        ended.ShouldBeTrue();
        task.IsFaulted.ShouldBeTrue();
    }

    [Fact]
    public void Should_accept_no_task()
    {
        Should.NotThrow(() => Tasks.WaitIgnoringFailure(null));
    }
}
