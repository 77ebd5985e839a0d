import ping

print(ping.ping(3))
print(ping.pong.pong(4))
