using ClaimTracker.Recognition.Dates;
using ClaimTracker.Recognition.Numbers;

namespace ClaimTracker.Recognition.Actors;

/// <summary>
/// The number and date recognizers' word tables, looked up once per distinct word when a <see cref="ScanVocabulary"/>
/// first meets it. Mention recognition reads each document three times with different word rules; where a number or
/// date token spells exactly a scan token, its table entries then come with the scan's word instead of from a lookup.
/// </summary>
/// <param name="NumberRoles">The number recognizer's roles.</param>
/// <param name="DateWords">The date tokenizer's vocabulary.</param>
internal sealed record WordFacts(WordRoles NumberRoles, VocabularyWords DateWords);
