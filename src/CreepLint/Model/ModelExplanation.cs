using System.Collections.Immutable;

namespace CreepLint.Model;

/// <summary>Why a model rated a message creepy.</summary>
/// <param name="Category">The most likely category.</param>
/// <param name="Phrases">The words and phrases that weighed most towards "creepy", strongest first.</param>
public sealed record ModelExplanation(CreepCategory Category, ImmutableArray<ModelPhrase> Phrases);

/// <summary>A span of the source text and how much it pushed the model towards "creepy".</summary>
/// <param name="Offset">Zero-based UTF-16 offset in the source text.</param>
/// <param name="Length">Length in UTF-16 code units.</param>
/// <param name="Weight">Its contribution to the model's log-odds (positive pushes towards creepy).</param>
public readonly record struct ModelPhrase(int Offset, int Length, double Weight);
