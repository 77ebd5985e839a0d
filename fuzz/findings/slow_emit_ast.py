# Finding: `multigen convert --emit ast` takes about 16 s (release build) and
# writes 16 MB for this 4 KB program: the driver prints the syntax tree with
# `{:#?}`, whose indentation adapters make each character cost as much as
# the nesting depth (190 here: elif chains nest, within the limit of 200).
# Only the debugging dump is affected; `check` and `run` take milliseconds.
# Expected: prints 190.
x = 190
if x == 0:
    x = 1
elif x == 1:
    x = 1
elif x == 2:
    x = 2
elif x == 3:
    x = 3
elif x == 4:
    x = 4
elif x == 5:
    x = 5
elif x == 6:
    x = 6
elif x == 7:
    x = 7
elif x == 8:
    x = 8
elif x == 9:
    x = 9
elif x == 10:
    x = 10
elif x == 11:
    x = 11
elif x == 12:
    x = 12
elif x == 13:
    x = 13
elif x == 14:
    x = 14
elif x == 15:
    x = 15
elif x == 16:
    x = 16
elif x == 17:
    x = 17
elif x == 18:
    x = 18
elif x == 19:
    x = 19
elif x == 20:
    x = 20
elif x == 21:
    x = 21
elif x == 22:
    x = 22
elif x == 23:
    x = 23
elif x == 24:
    x = 24
elif x == 25:
    x = 25
elif x == 26:
    x = 26
elif x == 27:
    x = 27
elif x == 28:
    x = 28
elif x == 29:
    x = 29
elif x == 30:
    x = 30
elif x == 31:
    x = 31
elif x == 32:
    x = 32
elif x == 33:
    x = 33
elif x == 34:
    x = 34
elif x == 35:
    x = 35
elif x == 36:
    x = 36
elif x == 37:
    x = 37
elif x == 38:
    x = 38
elif x == 39:
    x = 39
elif x == 40:
    x = 40
elif x == 41:
    x = 41
elif x == 42:
    x = 42
elif x == 43:
    x = 43
elif x == 44:
    x = 44
elif x == 45:
    x = 45
elif x == 46:
    x = 46
elif x == 47:
    x = 47
elif x == 48:
    x = 48
elif x == 49:
    x = 49
elif x == 50:
    x = 50
elif x == 51:
    x = 51
elif x == 52:
    x = 52
elif x == 53:
    x = 53
elif x == 54:
    x = 54
elif x == 55:
    x = 55
elif x == 56:
    x = 56
elif x == 57:
    x = 57
elif x == 58:
    x = 58
elif x == 59:
    x = 59
elif x == 60:
    x = 60
elif x == 61:
    x = 61
elif x == 62:
    x = 62
elif x == 63:
    x = 63
elif x == 64:
    x = 64
elif x == 65:
    x = 65
elif x == 66:
    x = 66
elif x == 67:
    x = 67
elif x == 68:
    x = 68
elif x == 69:
    x = 69
elif x == 70:
    x = 70
elif x == 71:
    x = 71
elif x == 72:
    x = 72
elif x == 73:
    x = 73
elif x == 74:
    x = 74
elif x == 75:
    x = 75
elif x == 76:
    x = 76
elif x == 77:
    x = 77
elif x == 78:
    x = 78
elif x == 79:
    x = 79
elif x == 80:
    x = 80
elif x == 81:
    x = 81
elif x == 82:
    x = 82
elif x == 83:
    x = 83
elif x == 84:
    x = 84
elif x == 85:
    x = 85
elif x == 86:
    x = 86
elif x == 87:
    x = 87
elif x == 88:
    x = 88
elif x == 89:
    x = 89
elif x == 90:
    x = 90
elif x == 91:
    x = 91
elif x == 92:
    x = 92
elif x == 93:
    x = 93
elif x == 94:
    x = 94
elif x == 95:
    x = 95
elif x == 96:
    x = 96
elif x == 97:
    x = 97
elif x == 98:
    x = 98
elif x == 99:
    x = 99
elif x == 100:
    x = 100
elif x == 101:
    x = 101
elif x == 102:
    x = 102
elif x == 103:
    x = 103
elif x == 104:
    x = 104
elif x == 105:
    x = 105
elif x == 106:
    x = 106
elif x == 107:
    x = 107
elif x == 108:
    x = 108
elif x == 109:
    x = 109
elif x == 110:
    x = 110
elif x == 111:
    x = 111
elif x == 112:
    x = 112
elif x == 113:
    x = 113
elif x == 114:
    x = 114
elif x == 115:
    x = 115
elif x == 116:
    x = 116
elif x == 117:
    x = 117
elif x == 118:
    x = 118
elif x == 119:
    x = 119
elif x == 120:
    x = 120
elif x == 121:
    x = 121
elif x == 122:
    x = 122
elif x == 123:
    x = 123
elif x == 124:
    x = 124
elif x == 125:
    x = 125
elif x == 126:
    x = 126
elif x == 127:
    x = 127
elif x == 128:
    x = 128
elif x == 129:
    x = 129
elif x == 130:
    x = 130
elif x == 131:
    x = 131
elif x == 132:
    x = 132
elif x == 133:
    x = 133
elif x == 134:
    x = 134
elif x == 135:
    x = 135
elif x == 136:
    x = 136
elif x == 137:
    x = 137
elif x == 138:
    x = 138
elif x == 139:
    x = 139
elif x == 140:
    x = 140
elif x == 141:
    x = 141
elif x == 142:
    x = 142
elif x == 143:
    x = 143
elif x == 144:
    x = 144
elif x == 145:
    x = 145
elif x == 146:
    x = 146
elif x == 147:
    x = 147
elif x == 148:
    x = 148
elif x == 149:
    x = 149
elif x == 150:
    x = 150
elif x == 151:
    x = 151
elif x == 152:
    x = 152
elif x == 153:
    x = 153
elif x == 154:
    x = 154
elif x == 155:
    x = 155
elif x == 156:
    x = 156
elif x == 157:
    x = 157
elif x == 158:
    x = 158
elif x == 159:
    x = 159
elif x == 160:
    x = 160
elif x == 161:
    x = 161
elif x == 162:
    x = 162
elif x == 163:
    x = 163
elif x == 164:
    x = 164
elif x == 165:
    x = 165
elif x == 166:
    x = 166
elif x == 167:
    x = 167
elif x == 168:
    x = 168
elif x == 169:
    x = 169
elif x == 170:
    x = 170
elif x == 171:
    x = 171
elif x == 172:
    x = 172
elif x == 173:
    x = 173
elif x == 174:
    x = 174
elif x == 175:
    x = 175
elif x == 176:
    x = 176
elif x == 177:
    x = 177
elif x == 178:
    x = 178
elif x == 179:
    x = 179
elif x == 180:
    x = 180
elif x == 181:
    x = 181
elif x == 182:
    x = 182
elif x == 183:
    x = 183
elif x == 184:
    x = 184
elif x == 185:
    x = 185
elif x == 186:
    x = 186
elif x == 187:
    x = 187
elif x == 188:
    x = 188
elif x == 189:
    x = 189
print(x)
