namespace Intermunicipal.Capacity.Domain;

/// <summary>Why a treatment may not start: a reason code, the first day it fails, and a sentence for the coordinator.</summary>
public sealed record SlotRefusal(string Reason, DateOnly Date, string Description);
