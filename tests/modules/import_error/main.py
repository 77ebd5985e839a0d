print("before")
import broken

print("not reached")
