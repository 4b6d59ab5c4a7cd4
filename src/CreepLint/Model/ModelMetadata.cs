namespace CreepLint.Model;

/// <summary>What a model was trained on and how well it did in cross-validation; stored in the model file.</summary>
/// <param name="Items">Labelled messages trained on.</param>
/// <param name="Creepy">How many of them were creepy.</param>
/// <param name="Precision">Cross-validated precision of rules plus model.</param>
/// <param name="Recall">Cross-validated recall of rules plus model.</param>
/// <param name="F1">Cross-validated F1 of rules plus model.</param>
internal readonly record struct ModelMetadata(int Items, int Creepy, float Precision, float Recall, float F1);
