// A cart of an iOS app's shared code; it uses a variable it never declared.
@interface Cart {
  int count;
}
- (int)total;
@end

@implementation Cart
- (int)total {
  return count * unitPrice;
}
@end
