import GazetteModel

/// libFuzzer entry point: the input is the bytes of one article file; `LoaderInvariants`
/// parses it with the standard limits and with tight ones, and reads every article's body.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = UnsafeBufferPointer(start: data, count: size)
  let positions = FilePositions(bytes)
  LoaderInvariants(bytes: bytes, positions: positions, limits: .standard).check()
  LoaderInvariants(bytes: bytes, positions: positions, limits: LoaderInvariants.tightLimits)
    .check()
  return 0
}
