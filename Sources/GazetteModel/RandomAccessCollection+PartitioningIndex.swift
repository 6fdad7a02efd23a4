extension RandomAccessCollection {
  /// The first index whose element belongs to the second part, by bisection.
  ///
  /// The collection must be partitioned by `belongsInSecondPartition`: every element for
  /// which it is false comes before every element for which it is true. Returns `endIndex`
  /// when no element belongs to the second part. Offsets, starts and ranges kept in order are
  /// looked up this way in O(log n), one implementation for all of them.
  public func partitioningIndex(
    where belongsInSecondPartition: (Element) throws -> Bool
  ) rethrows -> Index {
    var low = startIndex
    var count = self.count
    while count > 0 {
      let half = count / 2
      let middle = index(low, offsetBy: half)
      if try belongsInSecondPartition(self[middle]) {
        count = half
      } else {
        low = index(after: middle)
        count -= half + 1
      }
    }
    return low
  }
}
