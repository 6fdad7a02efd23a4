/// libFuzzer entry point: the input is the bytes of one page (scraped text or HTML);
/// `ImportInvariants` decodes it, runs the text-page and HTML extractors and the cleaners, and
/// checks that what would be written is an article file `gazette check` accepts.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  ImportInvariants(bytes: Array(UnsafeBufferPointer(start: data, count: size))).check()
  return 0
}
