using SealGuard.Web.Features.SuspiciousReports;

namespace SealGuard.Web.Pages;

/// <summary>The model of the shared 可疑情况 form: the refusal to show, whether to ask for the division (officers), the values typed.</summary>
public sealed record SuspiciousReportForm(FormErrors Errors, bool AskDivision, SuspiciousReportRequest? Values);
