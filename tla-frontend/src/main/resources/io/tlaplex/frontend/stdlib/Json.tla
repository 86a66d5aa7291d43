-------------------------------- MODULE Json --------------------------------
(***************************************************************************)
(* Reading and writing values as JSON.  The evaluator implements these     *)
(* natively; the bodies are placeholders of the same arity and level,      *)
(* since file contents and string encodings are not TLA+ values that a     *)
(* definition could compute.  The (de)serialize operators equal TRUE, and  *)
(* the value read, respectively.                                           *)
(***************************************************************************)

\* The JSON text for value: sequences become arrays, records and functions objects.
ToJson(value) == CHOOSE text \in STRING : value = value

\* The JSON array for value, a sequence or a set.
ToJsonArray(value) == CHOOSE text \in STRING : value = value

\* The JSON object for value, a record or a function.
ToJsonObject(value) == CHOOSE text \in STRING : value = value

\* Writes value to the file as JSON; equals TRUE.
JsonSerialize(absoluteFilename, value) == TRUE

\* The value read from the JSON file.
JsonDeserialize(absoluteFilename) == CHOOSE value : absoluteFilename = absoluteFilename

\* Writes the elements of the sequence value to the file, one JSON value per line; equals TRUE.
ndJsonSerialize(absoluteFilename, value) == TRUE

\* The sequence of values read from a file holding one JSON value per line.
ndJsonDeserialize(absoluteFilename) == CHOOSE value : absoluteFilename = absoluteFilename

=============================================================================
