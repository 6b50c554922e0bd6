package server

import (
	"strings"
	"unicode/utf8"

	"google.golang.org/grpc/encoding"
	"google.golang.org/grpc/mem"
	"google.golang.org/protobuf/encoding/protowire"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
)

// Codec is gRPC's protobuf codec with one difference: a request whose string
// fields hold invalid UTF-8 still decodes, with the invalid bytes kept in the Go
// strings. gRPC would otherwise reject it before any handler runs, with Internal
// "error unmarshalling request"; this way validation answers InvalidArgument and
// names the field. Register it with grpc.ForceServerCodecV2.
type Codec struct {
	encoding.CodecV2
}

// NewCodec returns the codec, wrapping gRPC's registered protobuf codec.
func NewCodec() Codec {
	return Codec{CodecV2: encoding.GetCodecV2("proto")}
}

// Unmarshal decodes data into v; see Codec.
func (c Codec) Unmarshal(data mem.BufferSlice, v any) error {
	err := c.CodecV2.Unmarshal(data, v)
	m, ok := v.(proto.Message)
	if err == nil || !ok {
		return err
	}
	raw := data.Materialize()
	fixed, invalid, ok := replaceInvalidStrings(raw, m.ProtoReflect().Descriptor())
	if !ok || len(invalid) == 0 {
		return err // not a UTF-8 problem
	}
	if err := proto.Unmarshal(fixed, m); err != nil {
		return err
	}
	restore(m.ProtoReflect(), invalid)
	return nil
}

// invalidString is a string field whose bytes are not UTF-8, by its path of field
// numbers from the top message.
type invalidString struct {
	path  []protowire.Number
	value string
}

// replaceInvalidStrings copies the wire bytes b of a message of type md with the
// invalid UTF-8 in string fields replaced, and lists the original values. ok is
// false when b is not a well-formed message.
func replaceInvalidStrings(b []byte, md protoreflect.MessageDescriptor) (out []byte, invalid []invalidString, ok bool) {
	return walk(b, md, nil)
}

func walk(b []byte, md protoreflect.MessageDescriptor, path []protowire.Number) ([]byte, []invalidString, bool) {
	var out []byte
	var invalid []invalidString
	for len(b) > 0 {
		num, typ, n := protowire.ConsumeTag(b)
		if n < 0 {
			return nil, nil, false
		}
		fieldLen := protowire.ConsumeFieldValue(num, typ, b[n:])
		if fieldLen < 0 {
			return nil, nil, false
		}
		field := b[:n+fieldLen]
		fd := md.Fields().ByNumber(num)
		if fd != nil && typ == protowire.BytesType && !fd.IsList() && !fd.IsMap() {
			value, _ := protowire.ConsumeBytes(b[n:])
			here := append(append([]protowire.Number{}, path...), num)
			switch {
			case fd.Kind() == protoreflect.StringKind && !utf8.Valid(value):
				invalid = append(invalid, invalidString{path: here, value: string(value)})
				field = protowire.AppendBytes(protowire.AppendTag(nil, num, typ), []byte(strings.ToValidUTF8(string(value), "\uFFFD")))
			case fd.Kind() == protoreflect.MessageKind:
				inner, innerInvalid, ok := walk(value, fd.Message(), here)
				if !ok {
					return nil, nil, false
				}
				invalid = append(invalid, innerInvalid...)
				field = protowire.AppendBytes(protowire.AppendTag(nil, num, typ), inner)
			}
		}
		out = append(out, field...)
		b = b[n+fieldLen:]
	}
	return out, invalid, true
}

// restore puts the original, invalid values back into the decoded message.
func restore(m protoreflect.Message, invalid []invalidString) {
	for _, s := range invalid {
		msg := m
		for _, num := range s.path[:len(s.path)-1] {
			msg = msg.Mutable(msg.Descriptor().Fields().ByNumber(num)).Message()
		}
		msg.Set(msg.Descriptor().Fields().ByNumber(s.path[len(s.path)-1]), protoreflect.ValueOfString(s.value))
	}
}
