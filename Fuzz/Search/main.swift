import GazetteModel

/// libFuzzer entry point: a pattern and a candidate from the bytes, checked by `SearchInvariants`.
///
/// The bytes before the first 0xFF are the pattern, the rest the candidate (both decoded as
/// UTF-8 with repair). Without a 0xFF the whole input is the candidate and the pattern is a run
/// of its own characters, so it must be found.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = UnsafeBufferPointer(start: data, count: size)
  if let separator = bytes.firstIndex(of: 0xFF) {
    let pattern = String(decoding: bytes[..<separator], as: UTF8.self)
    let candidate = String(decoding: bytes[(separator + 1)...], as: UTF8.self)
    SearchInvariants(pattern: pattern, candidate: candidate, mustMatch: false).check()
  } else {
    let candidate = String(decoding: bytes, as: UTF8.self)
    let characters = Array(candidate)
    let start = characters.count / 3
    let end = min(characters.count, start + max(1, characters.count / 3))
    let pattern = String(characters[start..<end])
    SearchInvariants(pattern: pattern, candidate: candidate, mustMatch: true).check()
  }
  return 0
}
