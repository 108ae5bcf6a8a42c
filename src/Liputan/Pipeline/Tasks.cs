namespace Liputan.Pipeline;

/// <summary>Helpers for the work a pipeline runs beside its main loop.</summary>
internal static class Tasks
{
    /// <summary>
    /// Waits for work running alongside a step that has already failed, so none is left running
    /// behind the failure (a half-written batch, an extraction reading files). Its own failure is
    /// not raised: the step's failure is the one the caller reports.
    /// </summary>
    public static void WaitIgnoringFailure(Task? task)
    {
        try
        {
            task?.Wait();
        }
        catch (AggregateException)
        {
        }
    }
}
