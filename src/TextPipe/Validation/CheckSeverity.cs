namespace TextPipe.Validation;

/// <summary>How much a finding matters: an error fails the check (exit 1), a warning is reported and counted only.</summary>
public enum CheckSeverity
{
    Error,
    Warning,
}
