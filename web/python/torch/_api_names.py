"""The public names of PyTorch 1.13 (recorded by scripts/record-torch-api.mjs).

Used to tell a PyTorch feature we do not support yet (NotImplementedError) from a name that
PyTorch does not have either (AttributeError, as PyTorch raises).
"""

# Every public module of PyTorch, with its public names (its submodules not included).
PACKAGE_NAMES = {
    "torch": frozenset("""
AVG AggregationType AliasDb Any AnyType Argument ArgumentSpec BFloat16Storage BFloat16Tensor
BenchmarkConfig BenchmarkExecutionStats Block BoolStorage BoolTensor BoolType BufferDict
ByteStorage ByteTensor CONV_BN_FUSION CallStack Callable Capsule CharStorage CharTensor
ClassType Code CompilationUnit CompleteArgumentSpec ComplexDoubleStorage ComplexFloatStorage
ComplexType ConcreteModuleType ConcreteModuleTypeBuilder DeepCopyMemoTable
DeserializationStorageContext DeviceObjType DictType DisableTorchFunction DispatchKey
DispatchKeySet DoubleStorage DoubleTensor EnumType ErrorReport ExcludeDispatchKeyGuard
ExecutionPlan FUSE_ADD_RELU FatalError FileCheck FloatStorage FloatTensor FloatType
FunctionSchema Future FutureType Generator Gradient Graph GraphExecutorState
HOIST_CONV_PACKED_PARAMS HalfStorage HalfTensor INSERT_FOLD_PREPACK_OPS IODescriptor
InferredType IntStorage IntTensor IntType InterfaceType JITException ListType LiteScriptModule
LockingLogger LoggerBase LongStorage LongTensor MobileOptimizerType ModuleDict Node NoneType
NoopLogger NumberType OperatorInfo OptionalType PRIVATE_OPS ParameterDict PyObjectType
PyTorchFileReader PyTorchFileWriter QInt32Storage QInt8Storage QUInt2x4Storage QUInt4x2Storage
QUInt8Storage REMOVE_DROPOUT RRefType SUM ScriptClass ScriptClassFunction ScriptDict
ScriptDictIterator ScriptDictKeyIterator ScriptFunction ScriptList ScriptListIterator
ScriptMethod ScriptModule ScriptModuleSerializer ScriptObject ScriptObjectProperty
SerializationStorageContext Set ShortStorage ShortTensor Size StaticModule Storage StorageBase
Stream StreamObjType StringType SymFloatNode SymIntNode SymIntType TYPE_CHECKING Tag Tensor
TensorType ThroughputBenchmark TracingState TupleType Type TypedStorage USE_GLOBAL_DEPS
USE_RTLD_GLOBAL_WITH_LIBTORCH Union UnionType UntypedStorage Use Value abs abs_ absolute acos
acos_ acosh acosh_ adaptive_avg_pool1d adaptive_max_pool1d add addbmm addcdiv addcmul addmm
addmv addmv_ addr adjoint affine_grid_generator alias_copy align_tensors all allclose
alpha_dropout alpha_dropout_ amax amin aminmax angle any arange arccos arccos_ arccosh arccosh_
arcsin arcsin_ arcsinh arcsinh_ arctan arctan2 arctan_ arctanh arctanh_
are_deterministic_algorithms_enabled argmax argmin argsort argwhere as_strided as_strided_
as_strided_copy as_strided_scatter as_tensor asarray asin asin_ asinh asinh_ atan atan2 atan_
atanh atanh_ atleast_1d atleast_2d atleast_3d attr autocast autocast_decrement_nesting
autocast_increment_nesting avg_pool1d baddbmm bartlett_window batch_norm
batch_norm_backward_elemt batch_norm_backward_reduce batch_norm_elemt batch_norm_gather_stats
batch_norm_gather_stats_with_counts batch_norm_stats batch_norm_update_stats bernoulli bfloat16
bilinear binary_cross_entropy_with_logits bincount binomial bitwise_and bitwise_left_shift
bitwise_not bitwise_or bitwise_right_shift bitwise_xor blackman_window block_diag bmm bool
broadcast_shapes broadcast_tensors broadcast_to bucketize builtins can_cast candidate
cartesian_prod cat ccol_indices_copy cdist cdouble ceil ceil_ celu celu_ cfloat chain_matmul
chalf channel_shuffle channels_last channels_last_3d cholesky cholesky_inverse cholesky_solve
choose_qparams_optimized chunk clamp clamp_ clamp_max clamp_max_ clamp_min clamp_min_
classproperty clear_autocast_cache clip clip_ clone col_indices_copy column_stack combinations
compiled_with_cxx11_abi complex complex128 complex32 complex64 concat concatenate conj
conj_physical conj_physical_ constant_pad_nd contiguous_format conv1d conv2d conv3d conv_tbc
conv_transpose1d conv_transpose2d conv_transpose3d convolution copysign corrcoef cos cos_ cosh
cosh_ cosine_embedding_loss cosine_similarity count_nonzero cov cpp cross crow_indices_copy
ctc_loss ctypes cudnn_affine_grid_generator cudnn_batch_norm cudnn_convolution
cudnn_convolution_add_relu cudnn_convolution_relu cudnn_convolution_transpose cudnn_grid_sampler
cudnn_is_acceptable cummax cummin cumprod cumsum cumulative_trapezoid default_generator deg2rad
deg2rad_ dequantize det detach detach_ detach_copy device diag diag_embed diagflat diagonal
diagonal_copy diagonal_scatter diff digamma dist div divide dot double dropout dropout_ dsmm
dsplit dstack dtype e eig einsum embedding embedding_bag embedding_renorm_ empty empty_like
empty_quantized empty_strided enable_grad eq equal erf erf_ erfc erfc_ erfinv exp exp2 exp2_
exp_ expand_copy expm1 expm1_ eye fake_quantize_per_channel_affine
fake_quantize_per_tensor_affine fbgemm_linear_fp16_weight
fbgemm_linear_fp16_weight_fp32_activation fbgemm_linear_int8_weight
fbgemm_linear_int8_weight_fp32_activation fbgemm_linear_quantize_weight
fbgemm_pack_gemm_matrix_fp16 fbgemm_pack_quantized_matrix feature_alpha_dropout
feature_alpha_dropout_ feature_dropout feature_dropout_ fill fill_ finfo fix fix_ flatten flip
fliplr flipud float float16 float32 float64 float_power floor floor_ floor_divide fmax fmin fmod
fork frac frac_ frexp frobenius_norm from_dlpack from_file from_numpy frombuffer full full_like
fused_moving_avg_obs_fake_quant gather gcd gcd_ ge geqrf ger get_autocast_cpu_dtype
get_autocast_gpu_dtype get_default_dtype get_deterministic_debug_mode get_device get_file_path
get_float32_matmul_precision get_num_interop_threads get_num_threads get_rng_state gradient
greater greater_equal grid_sampler grid_sampler_2d grid_sampler_3d group_norm gru gru_cell gt
half hamming_window hann_window hardshrink has_cuda has_cudnn has_lapack has_mkl has_mkldnn
has_mps has_openmp has_spectral heaviside hinge_embedding_loss histc histogram histogramdd hsmm
hsplit hspmm hstack hypot i0 i0_ igamma igammac iinfo imag import_ir_module
import_ir_module_from_buffer index_add index_copy index_fill index_put index_put_ index_reduce
index_select indices_copy inf inference_mode init_num_threads initial_seed inner inspect
instance_norm int int16 int32 int64 int8 int_repr inverse is_anomaly_check_nan_enabled
is_anomaly_enabled is_autocast_cache_enabled is_autocast_cpu_enabled is_autocast_enabled
is_complex is_conj is_deterministic_algorithms_warn_only_enabled is_distributed
is_floating_point is_grad_enabled is_inference is_inference_mode_enabled is_neg is_nonzero
is_same_size is_signed is_storage is_tensor is_vulkan_available is_warn_always_enabled isclose
isfinite isin isinf isnan isneginf isposinf isreal istft kaiser_window kl_div kron kthvalue
layer_norm layout lcm lcm_ ldexp ldexp_ le legacy_contiguous_format lerp less less_equal lgamma
linspace load lobpcg log log10 log10_ log1p log1p_ log2 log2_ log_ log_softmax logaddexp
logaddexp2 logcumsumexp logdet logical_and logical_not logical_or logical_xor logit logit_
logspace logsumexp long lstm lstm_cell lstsq lt lu lu_solve lu_unpack manual_seed
margin_ranking_loss masked_fill masked_scatter masked_select matmul matrix_exp matrix_power
matrix_rank max max_pool1d max_pool1d_with_indices max_pool2d max_pool3d maximum mean median
memory_format merge_type_from_type_comment meshgrid min minimum miopen_batch_norm
miopen_convolution miopen_convolution_add_relu miopen_convolution_relu
miopen_convolution_transpose miopen_depthwise_convolution miopen_rnn mkldnn_adaptive_avg_pool2d
mkldnn_convolution mkldnn_linear_backward_weights mkldnn_max_pool2d mkldnn_max_pool3d mm mode
moveaxis movedim msort mul multinomial multiply mv mvlgamma name nan nan_to_num nan_to_num_
nanmean nanmedian nanquantile nansum narrow narrow_copy native_batch_norm native_channel_shuffle
native_dropout native_group_norm native_layer_norm native_norm ne neg neg_ negative negative_
nextafter no_grad nonzero norm norm_except_dim normal not_equal nuclear_norm numel obj ones
ones_like orgqr ormqr os outer pairwise_distance parse_ir parse_schema parse_type_comment
pca_lowrank pdist per_channel_affine per_channel_affine_float_qparams per_channel_symmetric
per_tensor_affine per_tensor_symmetric permute permute_copy pi pinverse pixel_shuffle
pixel_unshuffle platform poisson poisson_nll_loss polar polygamma positive pow prelu
prepare_multiprocessing_environment preserve_format prod promote_types put q_per_channel_axis
q_per_channel_scales q_per_channel_zero_points q_scale q_zero_point qint32 qint8 qr qscheme
quantile quantize_per_channel quantize_per_tensor quantize_per_tensor_dynamic
quantized_batch_norm quantized_gru quantized_gru_cell quantized_lstm quantized_lstm_cell
quantized_max_pool1d quantized_max_pool2d quantized_rnn_relu_cell quantized_rnn_tanh_cell
quint2x4 quint4x2 quint8 rad2deg rad2deg_ rand rand_like randint randint_like randn randn_like
randperm range ravel read_vitals real reciprocal reciprocal_ relu relu_ remainder renorm
repeat_interleave reshape resize_as_ resize_as_sparse_ resolve_conj resolve_neg result_type
rnn_relu rnn_relu_cell rnn_tanh rnn_tanh_cell roll rot90 round round_ row_indices_copy row_stack
rrelu rrelu_ rsqrt rsqrt_ rsub saddmm save scalar_tensor scatter scatter_add scatter_reduce
searchsorted seed segment_reduce select select_copy select_scatter selu selu_
set_anomaly_enabled set_autocast_cache_enabled set_autocast_cpu_dtype set_autocast_cpu_enabled
set_autocast_enabled set_autocast_gpu_dtype set_default_dtype set_default_tensor_type
set_deterministic_debug_mode set_float32_matmul_precision set_flush_denormal set_grad_enabled
set_num_interop_threads set_num_threads set_printoptions set_rng_state set_vital set_warn_always
sgn short sigmoid sigmoid_ sign signbit sin sin_ sinc sinc_ sinh sinh_ slice_copy slice_scatter
slogdet smm softmax solve sort sparse_bsc sparse_bsc_tensor sparse_bsr sparse_bsr_tensor
sparse_compressed_tensor sparse_coo sparse_coo_tensor sparse_csc sparse_csc_tensor sparse_csr
sparse_csr_tensor split split_copy split_with_sizes split_with_sizes_copy spmm sqrt sqrt_ square
square_ squeeze squeeze_copy sspaddmm stack std std_mean stft strided sub subtract sum svd
svd_lowrank swapaxes swapdims symeig sys t t_copy take take_along_dim tan tan_ tanh tanh_ tensor
tensor_split tensordot textwrap threshold threshold_ tile to_dlpack topk torch trace transpose
transpose_copy trapezoid trapz triangular_solve tril tril_indices triplet_margin_loss triu
triu_indices true_divide trunc trunc_ typename uint8 unbind unbind_copy unflatten unfold_copy
unify_type_list unique unique_consecutive unsafe_chunk unsafe_split unsafe_split_with_sizes
unsqueeze unsqueeze_copy use_deterministic_algorithms values_copy vander var var_mean vdot
view_as_complex view_as_complex_copy view_as_real view_as_real_copy view_copy vitals_enabled
vsplit vstack wait where xlogy xlogy_ zero_ zeros zeros_like
""".split()),
    "torch.amp": frozenset("""
autocast
""".split()),
    "torch.amp.autocast_mode": frozenset("""
Any Optional autocast autocast_decorator functools torch warnings
""".split()),
    "torch.ao": frozenset(),
    "torch.ao.nn": frozenset("""
importlib
""".split()),
    "torch.ao.nn.intrinsic": frozenset("""
BNReLU2d BNReLU3d ConvBn1d ConvBn2d ConvBn3d ConvBnReLU1d ConvBnReLU2d ConvBnReLU3d ConvReLU1d
ConvReLU2d ConvReLU3d LinearBn1d LinearReLU
""".split()),
    "torch.ao.nn.intrinsic.modules": frozenset("""
BNReLU2d BNReLU3d ConvBn1d ConvBn2d ConvBn3d ConvBnReLU1d ConvBnReLU2d ConvBnReLU3d ConvReLU1d
ConvReLU2d ConvReLU3d LinearBn1d LinearReLU
""".split()),
    "torch.ao.nn.intrinsic.modules.fused": frozenset("""
BNReLU2d BNReLU3d BatchNorm1d BatchNorm2d BatchNorm3d Conv1d Conv2d Conv3d ConvBn1d ConvBn2d
ConvBn3d ConvBnReLU1d ConvBnReLU2d ConvBnReLU3d ConvReLU1d ConvReLU2d ConvReLU3d Linear
LinearBn1d LinearReLU ReLU torch type_before_parametrizations
""".split()),
    "torch.ao.nn.qat": frozenset("""
Conv1d Conv2d Conv3d Embedding EmbeddingBag Linear
""".split()),
    "torch.ao.nn.qat.dynamic": frozenset("""
Linear
""".split()),
    "torch.ao.nn.qat.dynamic.modules": frozenset("""
Linear
""".split()),
    "torch.ao.nn.qat.dynamic.modules.linear": frozenset("""
Linear torch
""".split()),
    "torch.ao.nn.qat.modules": frozenset("""
Conv1d Conv2d Conv3d Embedding EmbeddingBag Linear
""".split()),
    "torch.ao.nn.qat.modules.conv": frozenset("""
Conv1d Conv2d Conv3d MOD Tuple TypeVar Union nn torch
""".split()),
    "torch.ao.nn.qat.modules.embedding_ops": frozenset("""
Embedding EmbeddingBag F Tensor nn torch
""".split()),
    "torch.ao.nn.qat.modules.linear": frozenset("""
F Linear LinearReLU is_parametrized nn torch transfer_parametrizations_and_params
type_before_parametrizations
""".split()),
    "torch.ao.nn.quantizable": frozenset("""
LSTM LSTMCell MultiheadAttention
""".split()),
    "torch.ao.nn.quantizable.modules": frozenset("""
LSTM LSTMCell MultiheadAttention
""".split()),
    "torch.ao.nn.quantizable.modules.activation": frozenset("""
MultiheadAttention Optional Tensor Tuple nn nnF torch warnings
""".split()),
    "torch.ao.nn.quantizable.modules.rnn": frozenset("""
LSTM LSTMCell Optional Tensor Tuple numbers torch warnings
""".split()),
    "torch.ao.nn.quantized": frozenset("""
BatchNorm2d BatchNorm3d Conv1d Conv2d Conv3d ConvTranspose1d ConvTranspose2d ConvTranspose3d
DeQuantize Dropout ELU Embedding EmbeddingBag FXFloatFunctional FloatFunctional GroupNorm
Hardswish InstanceNorm1d InstanceNorm2d InstanceNorm3d LSTM LayerNorm LeakyReLU Linear MaxPool2d
MultiheadAttention PReLU QFunctional Quantize ReLU6 Sigmoid Softmax
""".split()),
    "torch.ao.nn.quantized.dynamic": frozenset("""
Conv1d Conv2d Conv3d ConvTranspose1d ConvTranspose2d ConvTranspose3d GRU GRUCell LSTM LSTMCell
Linear RNNCell
""".split()),
    "torch.ao.nn.quantized.dynamic.modules": frozenset("""
Conv1d Conv2d Conv3d ConvTranspose1d ConvTranspose2d ConvTranspose3d GRU GRUCell LSTM LSTMCell
Linear RNNCell
""".split()),
    "torch.ao.nn.quantized.dynamic.modules.conv": frozenset("""
Conv1d Conv2d Conv3d ConvTranspose1d ConvTranspose2d ConvTranspose3d F Tensor nn nnq ops torch
warnings
""".split()),
    "torch.ao.nn.quantized.dynamic.modules.linear": frozenset("""
Linear nni nnq torch
""".split()),
    "torch.ao.nn.quantized.dynamic.modules.rnn": frozenset("""
Dict GRU GRUCell LSTM LSTMCell List Optional PackedParameter PackedSequence RNNBase RNNCell
RNNCellBase Tensor Tuple Union apply_permutation nn numbers pack_weight_bias torch warnings
""".split()),
    "torch.ao.nn.quantized.functional": frozenset("""
BroadcastingList2 List Optional Tensor adaptive_avg_pool2d adaptive_avg_pool3d avg_pool2d
avg_pool3d celu clamp conv1d conv2d conv3d elu hardsigmoid hardswish hardtanh interpolate
leaky_relu linear max_pool1d max_pool2d threshold torch upsample upsample_bilinear
upsample_nearest warnings
""".split()),
    "torch.ao.nn.quantized.modules": frozenset("""
BatchNorm2d BatchNorm3d Conv1d Conv2d Conv3d ConvTranspose1d ConvTranspose2d ConvTranspose3d
DeQuantize Dropout ELU Embedding EmbeddingBag FXFloatFunctional FloatFunctional GroupNorm
Hardswish InstanceNorm1d InstanceNorm2d InstanceNorm3d LSTM LayerNorm LeakyReLU Linear MaxPool2d
MultiheadAttention PReLU QFunctional Quantize ReLU6 Sigmoid Softmax torch
""".split()),
    "torch.ao.nn.quantized.modules.activation": frozenset("""
ELU Hardswish LeakyReLU MultiheadAttention PReLU ReLU6 Sigmoid Softmax torch
""".split()),
    "torch.ao.nn.quantized.modules.batchnorm": frozenset("""
BatchNorm2d BatchNorm3d nni torch
""".split()),
    "torch.ao.nn.quantized.modules.conv": frozenset("""
Conv1d Conv2d Conv3d ConvTranspose1d ConvTranspose2d ConvTranspose3d F List MOD Optional TypeVar
WeightedQuantizedModule fuse_conv_bn_weights nn nni nniqat ops torch
""".split()),
    "torch.ao.nn.quantized.modules.dropout": frozenset("""
Dropout torch
""".split()),
    "torch.ao.nn.quantized.modules.embedding_ops": frozenset("""
Embedding EmbeddingBag EmbeddingPackedParams List Optional Tensor hide_packed_params_repr nn
torch
""".split()),
    "torch.ao.nn.quantized.modules.functional_modules": frozenset("""
FXFloatFunctional FloatFunctional List QFunctional Tensor ops torch
""".split()),
    "torch.ao.nn.quantized.modules.linear": frozenset("""
Iterable Linear LinearPackedParams Optional WeightedQuantizedModule fuse_linear_bn_weights
hide_packed_params_repr nn nni nniqat torch type_before_parametrizations
""".split()),
    "torch.ao.nn.quantized.modules.normalization": frozenset("""
GroupNorm InstanceNorm1d InstanceNorm2d InstanceNorm3d LayerNorm torch
""".split()),
    "torch.ao.nn.quantized.modules.rnn": frozenset("""
LSTM torch
""".split()),
    "torch.ao.nn.quantized.modules.utils": frozenset("""
WeightedQuantizedModule abc collections hide_packed_params_repr itertools torch
""".split()),
    "torch.ao.nn.quantized.reference": frozenset("""
Conv1d Conv2d Conv3d ConvTranspose1d ConvTranspose2d ConvTranspose3d Embedding EmbeddingBag
GRUCell LSTM LSTMCell Linear RNNCell
""".split()),
    "torch.ao.nn.quantized.reference.modules": frozenset("""
Conv1d Conv2d Conv3d ConvTranspose1d ConvTranspose2d ConvTranspose3d Embedding EmbeddingBag
GRUCell LSTM LSTMCell Linear RNNCell
""".split()),
    "torch.ao.nn.quantized.reference.modules.conv": frozenset("""
Any Conv1d Conv2d Conv3d ConvTranspose1d ConvTranspose2d ConvTranspose3d Dict F List Optional
ReferenceQuantizedModule nn torch
""".split()),
    "torch.ao.nn.quantized.reference.modules.linear": frozenset("""
Any Dict F Linear Optional ReferenceQuantizedModule nn torch
""".split()),
    "torch.ao.nn.quantized.reference.modules.rnn": frozenset("""
Any Dict GRUCell LSTM LSTMCell Optional PackedSequence RNNBase RNNCell RNNCellBase Tensor Tuple
get_quantized_weight nn torch
""".split()),
    "torch.ao.nn.quantized.reference.modules.sparse": frozenset("""
Any Dict Embedding EmbeddingBag F Optional ReferenceQuantizedModule Tensor nn
""".split()),
    "torch.ao.nn.quantized.reference.modules.utils": frozenset("""
ReferenceQuantizedModule torch typing
""".split()),
    "torch.ao.nn.sparse": frozenset(),
    "torch.ao.nn.sparse.quantized": frozenset("""
Linear LinearPackedParams
""".split()),
    "torch.ao.nn.sparse.quantized.dynamic": frozenset("""
Linear
""".split()),
    "torch.ao.nn.sparse.quantized.dynamic.linear": frozenset("""
Linear LinearBlockSparsePattern Optional hide_packed_params_repr linear nni torch
""".split()),
    "torch.ao.nn.sparse.quantized.linear": frozenset("""
Linear LinearPackedParams Optional hide_packed_params_repr torch
""".split()),
    "torch.ao.nn.sparse.quantized.utils": frozenset("""
LinearBlockSparsePattern is_valid_linear_block_sparse_pattern threading
""".split()),
    "torch.ao.quantization": frozenset("""
ABC Any Callable DEFAULT_DYNAMIC_QUANT_MODULE_MAPPINGS
DEFAULT_DYNAMIC_SPARSE_QUANT_MODULE_MAPPINGS DEFAULT_FLOAT_TO_QUANTIZED_OPERATOR_MAPPINGS
DEFAULT_MODULE_TO_ACT_POST_PROCESS DEFAULT_OP_LIST_TO_FUSER_METHOD
DEFAULT_PATTERN_TO_FUSER_METHOD DEFAULT_QAT_MODULE_MAPPINGS
DEFAULT_REFERENCE_STATIC_QUANT_MODULE_MAPPINGS DEFAULT_STATIC_QUANT_MODULE_MAPPINGS
DEFAULT_STATIC_SPARSE_QUANT_MODULE_MAPPINGS DeQuantStub Dict F FakeQuantize FakeQuantizeBase
FixedQParamsFakeQuantize FixedQParamsObserver FusedMovingAvgObsFakeQuantize HistogramObserver
MatchAllNode MinMaxObserver Module MovingAverageMinMaxObserver
MovingAveragePerChannelMinMaxObserver NoopObserver ObserverBase Optional Pattern
PerChannelMinMaxObserver PlaceholderObserver QConfig QConfigAny QConfigDynamic QConfigMapping
QuantStub QuantType QuantWrapper RecordingObserver ReuseInputObserver Set Tuple Type
UniformQuantizationObserverBase Union abstractmethod activation_is_memoryless
add_module_to_qconfig_obs_ctr add_observer_ add_quant_dequant ao_nn assert_valid_qconfig convert
convert_dynamic_jit convert_jit copy default_activation_only_qconfig
default_affine_fixed_qparams_fake_quant default_affine_fixed_qparams_observer
default_debug_observer default_debug_qconfig default_dynamic_fake_quant
default_dynamic_qat_qconfig default_dynamic_qconfig default_dynamic_quant_observer
default_embedding_fake_quant default_embedding_fake_quant_4bit default_embedding_qat_qconfig
default_embedding_qat_qconfig_4bit default_eval_fn default_fake_quant
default_fixed_qparams_range_0to1_fake_quant default_fixed_qparams_range_0to1_observer
default_fixed_qparams_range_neg1to1_fake_quant default_fixed_qparams_range_neg1to1_observer
default_float_qparams_observer default_float_qparams_observer_4bit default_fused_act_fake_quant
default_fused_per_channel_wt_fake_quant default_fused_wt_fake_quant default_histogram_fake_quant
default_histogram_observer default_observer default_per_channel_qconfig
default_per_channel_symmetric_qnnpack_qat_qconfig default_per_channel_symmetric_qnnpack_qconfig
default_per_channel_weight_fake_quant default_per_channel_weight_observer
default_placeholder_observer default_qat_qconfig default_qat_qconfig_v2 default_qconfig
default_reuse_input_observer default_reuse_input_qconfig
default_symmetric_fixed_qparams_fake_quant default_symmetric_fixed_qparams_observer
default_symmetric_qnnpack_qat_qconfig default_symmetric_qnnpack_qconfig
default_weight_fake_quant default_weight_observer default_weight_only_qconfig disable_fake_quant
disable_observer enable_fake_quant enable_observer float16_dynamic_qconfig
float16_static_qconfig float_qparams_weight_only_qconfig float_qparams_weight_only_qconfig_4bit
fuse_conv_bn fuse_conv_bn_jit fuse_conv_bn_relu fuse_convtranspose_bn fuse_linear_bn
fuse_modules fuse_modules_qat fused_per_channel_wt_fake_quant_range_neg_127_to_127
fused_wt_fake_quant_range_neg_127_to_127 get_combined_dict
get_default_compare_output_module_list get_default_custom_config_dict
get_default_dynamic_quant_module_mappings get_default_dynamic_sparse_quant_module_mappings
get_default_float_to_quantized_operator_mappings get_default_qat_module_mappings
get_default_qat_qconfig get_default_qat_qconfig_dict get_default_qat_qconfig_mapping
get_default_qconfig get_default_qconfig_dict get_default_qconfig_mapping
get_default_qconfig_propagation_list get_default_static_quant_module_mappings
get_default_static_quant_reference_module_mappings
get_default_static_sparse_quant_module_mappings get_dynamic_quant_module_class
get_embedding_qat_module_mappings get_embedding_static_quant_module_mappings get_fuser_method
get_fuser_method_new get_observer_dict get_observer_state_dict get_qparam_dict
get_quantized_operator get_static_quant_module_class get_unique_devices_ get_valid_patterns
has_no_children_ignoring_parametrizations is_activation_post_process is_reuse_input_qconfig
itertools load_observer_state_dict nn nni nniq nniqat nniqd nnq nnqat nnqatd nnqd nnqr
no_observer_set obs_or_fq_ctr_equals per_channel_dynamic_qconfig
per_channel_weight_observer_range_neg_127_to_127 prepare prepare_dynamic_jit prepare_jit
prepare_qat propagate_qconfig_ qconfig_equals quant_type_to_str quantize quantize_dynamic
quantize_dynamic_jit quantize_jit quantize_qat re register_activation_post_process_hook reverse2
reverse3 reverse_sequential_wrapper2 script_qconfig script_qconfig_dict sequential_wrapper2
swap_module torch type_before_parametrizations warnings weight_observer_range_neg_127_to_127
wrap_cpp_module
""".split()),
    "torch.ao.quantization.fake_quantize": frozenset("""
ABC Any FakeQuantize FakeQuantizeBase FixedQParamsFakeQuantize FixedQParamsObserver
FusedMovingAvgObsFakeQuantize HistogramObserver Module MovingAverageMinMaxObserver
MovingAveragePerChannelMinMaxObserver Tuple abstractmethod
default_affine_fixed_qparams_fake_quant default_dynamic_fake_quant default_embedding_fake_quant
default_embedding_fake_quant_4bit default_fake_quant default_fixed_qparams_range_0to1_fake_quant
default_fixed_qparams_range_0to1_observer default_fixed_qparams_range_neg1to1_fake_quant
default_fixed_qparams_range_neg1to1_observer default_fused_act_fake_quant
default_fused_per_channel_wt_fake_quant default_fused_wt_fake_quant default_histogram_fake_quant
default_per_channel_weight_fake_quant default_symmetric_fixed_qparams_fake_quant
default_weight_fake_quant disable_fake_quant disable_observer enable_fake_quant enable_observer
fused_per_channel_wt_fake_quant_range_neg_127_to_127 fused_wt_fake_quant_range_neg_127_to_127 re
torch
""".split()),
    "torch.ao.quantization.fuser_method_mappings": frozenset("""
Callable DEFAULT_OP_LIST_TO_FUSER_METHOD DEFAULT_PATTERN_TO_FUSER_METHOD Dict MatchAllNode
Optional Pattern Tuple Type Union fuse_conv_bn fuse_conv_bn_relu fuse_convtranspose_bn
fuse_linear_bn get_combined_dict get_fuser_method get_fuser_method_new get_valid_patterns
itertools nn nni reverse2 reverse3 reverse_sequential_wrapper2 sequential_wrapper2
""".split()),
    "torch.ao.quantization.observer": frozenset("""
ABC ABCMeta Any Dict FixedQParamsObserver HistogramObserver List MinMaxObserver
MovingAverageMinMaxObserver MovingAveragePerChannelMinMaxObserver NoopObserver ObserverBase
Optional OrderedDict PerChannelMinMaxObserver PlaceholderObserver RecordingObserver
ReuseInputObserver Tuple UniformQuantizationObserverBase abstractmethod calculate_qmin_qmax
check_min_max_valid default_affine_fixed_qparams_observer default_debug_observer
default_dynamic_quant_observer default_fixed_qparams_range_0to1_observer
default_fixed_qparams_range_neg1to1_observer default_float_qparams_observer
default_float_qparams_observer_4bit default_histogram_observer default_observer
default_per_channel_weight_observer default_placeholder_observer default_reuse_input_observer
default_symmetric_fixed_qparams_observer default_weight_observer get_observer_state_dict
is_per_channel is_per_tensor load_observer_state_dict nn partial
per_channel_weight_observer_range_neg_127_to_127 re torch warnings
weight_observer_range_neg_127_to_127
""".split()),
    "torch.ao.quantization.qconfig": frozenset("""
Any FakeQuantize FakeQuantizeBase FusedMovingAvgObsFakeQuantize HistogramObserver
MovingAverageMinMaxObserver NoopObserver ObserverBase Optional PlaceholderObserver QConfig
QConfigAny QConfigDynamic ReuseInputObserver Union activation_is_memoryless
add_module_to_qconfig_obs_ctr assert_valid_qconfig copy default_activation_only_qconfig
default_debug_observer default_debug_qconfig default_dynamic_fake_quant
default_dynamic_qat_qconfig default_dynamic_qconfig default_dynamic_quant_observer
default_embedding_fake_quant default_embedding_fake_quant_4bit default_embedding_qat_qconfig
default_embedding_qat_qconfig_4bit default_fake_quant default_float_qparams_observer
default_float_qparams_observer_4bit default_fused_act_fake_quant
default_fused_per_channel_wt_fake_quant default_fused_wt_fake_quant default_observer
default_per_channel_qconfig default_per_channel_symmetric_qnnpack_qat_qconfig
default_per_channel_symmetric_qnnpack_qconfig default_per_channel_weight_fake_quant
default_per_channel_weight_observer default_placeholder_observer default_qat_qconfig
default_qat_qconfig_v2 default_qconfig default_reuse_input_observer default_reuse_input_qconfig
default_symmetric_qnnpack_qat_qconfig default_symmetric_qnnpack_qconfig
default_weight_fake_quant default_weight_observer default_weight_only_qconfig
float16_dynamic_qconfig float16_static_qconfig float_qparams_weight_only_qconfig
float_qparams_weight_only_qconfig_4bit fused_per_channel_wt_fake_quant_range_neg_127_to_127
fused_wt_fake_quant_range_neg_127_to_127 get_default_qat_qconfig get_default_qat_qconfig_dict
get_default_qconfig get_default_qconfig_dict is_reuse_input_qconfig namedtuple nn
obs_or_fq_ctr_equals per_channel_dynamic_qconfig
per_channel_weight_observer_range_neg_127_to_127 qconfig_equals torch warnings
weight_observer_range_neg_127_to_127
""".split()),
    "torch.ao.quantization.qconfig_mapping": frozenset("""
Any Callable Dict FixedQParamsFakeQuantize GLOBAL_DICT_KEY MODULE_NAME_DICT_KEY
MODULE_NAME_OBJECT_TYPE_ORDER_DICT_KEY MODULE_NAME_REGEX_DICT_KEY OBJECT_TYPE_DICT_KEY
OrderedDict QConfig QConfigAny QConfigMapping Tuple Union annotations
default_fixed_qparams_range_0to1_observer default_fixed_qparams_range_neg1to1_observer
default_placeholder_observer default_reuse_input_qconfig default_weight_fake_quant
default_weight_observer get_default_qat_qconfig get_default_qat_qconfig_mapping
get_default_qconfig get_default_qconfig_mapping torch
""".split()),
    "torch.ao.quantization.quant_type": frozenset("""
QuantType enum quant_type_to_str
""".split()),
    "torch.ao.quantization.quantization_mappings": frozenset("""
Any Callable DEFAULT_DYNAMIC_QUANT_MODULE_MAPPINGS DEFAULT_DYNAMIC_SPARSE_QUANT_MODULE_MAPPINGS
DEFAULT_FLOAT_TO_QUANTIZED_OPERATOR_MAPPINGS DEFAULT_MODULE_TO_ACT_POST_PROCESS
DEFAULT_QAT_MODULE_MAPPINGS DEFAULT_REFERENCE_STATIC_QUANT_MODULE_MAPPINGS
DEFAULT_STATIC_QUANT_MODULE_MAPPINGS DEFAULT_STATIC_SPARSE_QUANT_MODULE_MAPPINGS DeQuantStub
Dict F Optional QuantStub Set Union ao_nn copy default_fixed_qparams_range_0to1_fake_quant
default_fixed_qparams_range_neg1to1_fake_quant get_combined_dict
get_default_compare_output_module_list get_default_dynamic_quant_module_mappings
get_default_dynamic_sparse_quant_module_mappings
get_default_float_to_quantized_operator_mappings get_default_qat_module_mappings
get_default_qconfig_propagation_list get_default_static_quant_module_mappings
get_default_static_quant_reference_module_mappings
get_default_static_sparse_quant_module_mappings get_dynamic_quant_module_class
get_embedding_qat_module_mappings get_embedding_static_quant_module_mappings
get_quantized_operator get_static_quant_module_class nn nni nniq nniqat nniqd nnq nnqat nnqatd
nnqd nnqr no_observer_set torch type_before_parametrizations
""".split()),
    "torch.ao.quantization.stubs": frozenset("""
DeQuantStub QuantStub QuantWrapper nn
""".split()),
    "torch.ao.quantization.utils": frozenset("""
Any Callable Dict MatchAllNode Optional OrderedDict Pattern QuantType Tuple Union
activation_dtype activation_is_dynamically_quantized activation_is_int32_quantized
activation_is_int8_quantized activation_is_statically_quantized calculate_qmin_qmax
check_min_max_valid check_node func_list functools get_combined_dict get_fqn_to_example_inputs
get_qconfig_dtypes get_qparam_dict get_quant_type get_swapped_custom_module_class
getattr_from_fqn getfullargspec has_no_children_ignoring_parametrizations is_parametrized
is_per_channel is_per_tensor method_list module_type_list op_is_int8_dynamically_quantized
signature torch warnings weight_dtype weight_is_quantized weight_is_statically_quantized
""".split()),
    "torch.autograd": frozenset("""
Any Callable DeviceType Function List NestedIOFunction Optional ProfilerActivity ProfilerConfig
ProfilerEvent ProfilerState SavedTensor Sequence Tuple Union Variable backward cast
detect_anomaly enable_grad grad gradcheck gradgradcheck handle_torch_function has_torch_function
inference_mode is_tensor_like kineto_available no_grad set_detect_anomaly set_grad_enabled torch
variable warnings
""".split()),
    "torch.autograd.anomaly_mode": frozenset("""
Any detect_anomaly set_detect_anomaly torch warnings
""".split()),
    "torch.autograd.forward_ad": frozenset("""
Any UnpackedDualTensor dual_level enter_dual_level exit_dual_level make_dual namedtuple os sys
torch unpack_dual
""".split()),
    "torch.autograd.function": frozenset("""
Any BackwardCFunction Function FunctionCtx FunctionMeta InplaceFunction List NestedIOFunction
Optional OrderedDict functools hooks once_differentiable torch traceable warnings with_metaclass
""".split()),
    "torch.autograd.functional": frozenset("""
List Tuple fwAD hessian hvp jacobian jvp torch vhp vjp
""".split()),
    "torch.autograd.grad_mode": frozenset("""
Any Callable F FuncType TypeVar cast enable_grad functools inference_mode inspect no_grad
set_grad_enabled sys torch
""".split()),
    "torch.autograd.graph": frozenset("""
Any Callable contextlib disable_saved_tensors_hooks save_on_cpu saved_tensors_hooks torch
""".split()),
    "torch.autograd.profiler": frozenset("""
Any ContextDecorator DeviceType Dict EnforceUnique EventList FunctionEvent Future List
MEMORY_EVENT_NAME MemRecordsAcc OUT_OF_MEMORY_EVENT_NAME Optional ProfilerActivity
ProfilerConfig ProfilerState emit_itt emit_nvtx kineto_available kineto_step load_nvprof
parse_nvprof_trace profile record_function torch warn
""".split()),
    "torch.autograd.profiler_legacy": frozenset("""
DeviceType EventList FunctionEvent MEMORY_EVENT_NAME ProfilerConfig ProfilerState itertools
profile torch warn
""".split()),
    "torch.autograd.profiler_util": frozenset("""
DeviceType Dict EventList FormattedTimesMixin FunctionEvent FunctionEventAvg Interval Kernel
List MEMORY_EVENT_NAME MemRecordsAcc OUT_OF_MEMORY_EVENT_NAME Optional StringTable Tuple
attrgetter bisect defaultdict itertools math namedtuple torch
""".split()),
    "torch.backends": frozenset("""
ContextProp PropModule contextmanager disable_global_flags flags_frozen types
""".split()),
    "torch.backends.cuda": frozenset("""
Union contextlib cuBLASModule cuFFTPlanCache cuFFTPlanCacheAttrContextProp cuFFTPlanCacheManager
cufft_plan_cache enable_flash_sdp enable_math_sdp flash_sdp_enabled is_built math_sdp_enabled
matmul preferred_linalg_library sdp_kernel sys torch
""".split()),
    "torch.backends.cudnn": frozenset("""
m
""".split()),
    "torch.backends.mkl": frozenset("""
VERBOSE_OFF VERBOSE_ON is_available torch verbose
""".split()),
    "torch.backends.mkldnn": frozenset("""
m
""".split()),
    "torch.backends.mps": frozenset("""
is_available is_built torch
""".split()),
    "torch.backends.openmp": frozenset("""
is_available torch
""".split()),
    "torch.backends.opt_einsum": frozenset("""
m
""".split()),
    "torch.backends.quantized": frozenset("""
m
""".split()),
    "torch.classes": frozenset(),
    "torch.cpu": frozenset(),
    "torch.cpu.amp": frozenset("""
autocast
""".split()),
    "torch.cpu.amp.autocast_mode": frozenset("""
Any autocast torch
""".split()),
    "torch.cuda": frozenset("""
Any BFloat16Storage BFloat16Tensor BoolStorage BoolTensor ByteStorage ByteTensor CUDAGraph
CharStorage CharTensor ComplexDoubleStorage ComplexFloatStorage CudaError DeferredCudaCallError
Device DoubleStorage DoubleTensor Event ExternalStream FloatStorage FloatTensor HalfStorage
HalfTensor IntStorage IntTensor List LongStorage LongTensor Optional OutOfMemoryError Set
ShortStorage ShortTensor Stream StreamContext Tuple Union caching_allocator_alloc
caching_allocator_delete can_device_access_peer check_error classproperty contextlib cudaStatus
cudart current_blas_handle current_device current_stream default_generators default_stream
device device_count device_of empty_cache get_arch_list get_device_capability get_device_name
get_device_properties get_gencode_flags get_rng_state get_rng_state_all get_sync_debug_mode
graph graph_pool_handle has_half has_magma init initial_seed ipc_collect is_available
is_bf16_supported is_current_stream_capturing is_initialized list_gpu_processes lru_cache
make_graphed_callables manual_seed manual_seed_all max_memory_allocated max_memory_cached
max_memory_reserved mem_get_info memory_allocated memory_cached memory_reserved memory_snapshot
memory_stats memory_stats_as_nested_dict memory_summary memory_usage os
reset_accumulated_memory_stats reset_max_memory_allocated reset_max_memory_cached
reset_peak_memory_stats seed seed_all set_device set_per_process_memory_fraction set_rng_state
set_rng_state_all set_stream set_sync_debug_mode stream synchronize threading torch traceback
utilization warnings
""".split()),
    "torch.cuda.amp": frozenset("""
GradScaler autocast custom_bwd custom_fwd
""".split()),
    "torch.cuda.amp.autocast_mode": frozenset("""
Any HAS_NUMPY autocast collections custom_bwd custom_fwd functools np string_classes torch
""".split()),
    "torch.cuda.amp.common": frozenset("""
amp_definitely_not_available find_spec torch
""".split()),
    "torch.cuda.amp.grad_scaler": frozenset("""
Any Dict Enum GradScaler List OptState Optional Tuple abc amp_definitely_not_available
defaultdict torch warnings
""".split()),
    "torch.cuda.graphs": frozenset("""
CUDAGraph gc graph graph_pool_handle is_current_stream_capturing make_graphed_callables torch
""".split()),
    "torch.cuda.jiterator": frozenset("""
Callable List Tensor re torch
""".split()),
    "torch.cuda.memory": frozenset("""
Any Device Dict Tuple Union caching_allocator_alloc caching_allocator_delete collections
contextlib empty_cache is_initialized list_gpu_processes max_memory_allocated max_memory_cached
max_memory_reserved mem_get_info memory_allocated memory_cached memory_reserved memory_snapshot
memory_stats memory_stats_as_nested_dict memory_summary reset_accumulated_memory_stats
reset_max_memory_allocated reset_max_memory_cached reset_peak_memory_stats
set_per_process_memory_fraction torch warnings
""".split()),
    "torch.cuda.nccl": frozenset("""
Optional SUM Sequence Union all_gather all_reduce broadcast collections init_rank is_available
reduce reduce_scatter torch unique_id version warnings
""".split()),
    "torch.cuda.nvtx": frozenset("""
contextmanager mark range range_end range_pop range_push range_start
""".split()),
    "torch.cuda.profiler": frozenset("""
DEFAULT_FLAGS check_error contextlib cudart init profile start stop tempfile
""".split()),
    "torch.cuda.random": frozenset("""
Iterable List Tensor Union cast current_device device_count get_rng_state get_rng_state_all
initial_seed manual_seed manual_seed_all seed seed_all set_rng_state set_rng_state_all torch
""".split()),
    "torch.cuda.sparse": frozenset("""
BFloat16Tensor ByteTensor CharTensor DoubleTensor FloatTensor HalfTensor IntTensor LongTensor
ShortTensor
""".split()),
    "torch.cuda.streams": frozenset("""
Event ExternalStream Stream ctypes torch
""".split()),
    "torch.distributed": frozenset("""
AllToAllOptions AllreduceCoalescedOptions AllreduceOptions Backend BarrierOptions
BroadcastOptions BuiltinCommHookType DebugLevel Enum FileStore GatherOptions GradBucket
GroupMember HashStore Logger P2POp PrefixStore ProcessGroup ProcessGroupGloo ReduceOp
ReduceOptions ReduceScatterOptions Reducer ScatterOptions Store TCPStore Work all_gather
all_gather_coalesced all_gather_into_tensor all_gather_multigpu all_gather_object all_reduce
all_reduce_coalesced all_reduce_multigpu all_to_all all_to_all_single barrier batch_isend_irecv
broadcast broadcast_multigpu broadcast_object_list default_pg_timeout destroy_process_group
dist_backend gather gather_object get_backend get_debug_level get_global_rank get_group_rank
get_process_group_ranks get_rank get_world_size group init_process_group irecv is_available
is_gloo_available is_initialized is_mpi_available is_nccl_available is_torchelastic_launched
is_ucc_available isend monitored_barrier new_group new_subgroups new_subgroups_by_enumeration os
recv reduce reduce_multigpu reduce_op reduce_scatter reduce_scatter_multigpu
reduce_scatter_tensor register_rendezvous_handler rendezvous scatter scatter_object_list send
set_debug_level set_debug_level_from_env supports_complex sys torch
""".split()),
    "torch.distributed.algorithms": frozenset("""
Join JoinHook Joinable
""".split()),
    "torch.distributed.algorithms.join": frozenset("""
ABC Any Join JoinHook Joinable List NamedTuple Optional TracebackType Type abstractmethod dist
torch warnings
""".split()),
    "torch.distributed.autograd": frozenset("""
DistAutogradContext backward context get_gradients is_available sys torch
""".split()),
    "torch.distributed.constants": frozenset("""
default_pg_timeout
""".split()),
    "torch.distributed.distributed_c10d": frozenset("""
AllToAllOptions AllreduceCoalescedOptions AllreduceOptions Any Backend BarrierOptions
BroadcastOptions DENY_LIST DebugLevel Dict GatherOptions GroupMember Optional P2POp
PG_WRAPPER_STORE_PREFIX PrefixStore ProcessGroup ProcessGroupGloo ReduceOp ReduceOptions
ReduceScatterOptions STORE_BASED_BARRIER_PREFIX ScatterOptions Store Tuple Union Work all_gather
all_gather_coalesced all_gather_into_tensor all_gather_multigpu all_gather_object all_reduce
all_reduce_coalesced all_reduce_multigpu all_to_all all_to_all_single barrier batch_isend_irecv
broadcast broadcast_multigpu broadcast_object_list collections contextlib default_pg_timeout
destroy_process_group dist_backend gather gather_object get_backend get_debug_level
get_global_rank get_group_rank get_process_group_ranks get_rank get_world_size group
init_process_group io irecv is_gloo_available is_initialized is_mpi_available is_nccl_available
is_torchelastic_launched is_ucc_available isend itertools logger logging monitored_barrier
namedtuple new_group new_subgroups new_subgroups_by_enumeration os pickle recv reduce
reduce_multigpu reduce_op reduce_scatter reduce_scatter_multigpu reduce_scatter_tensor
register_rendezvous_handler rendezvous scatter scatter_object_list send string_classes
supports_complex time timedelta torch warnings
""".split()),
    "torch.distributed.remote_device": frozenset("""
Optional Union torch
""".split()),
    "torch.distributed.rpc": frozenset("""
AllGatherStates BackendType Generator PyRRef RRef RemoteProfilerManager RpcAgent
RpcBackendOptions Store TensorPipeAgent TensorPipeRpcBackendOptions Tuple WorkerInfo dist
dist_autograd enable_gil_profiling get_rpc_timeout get_worker_info init_rpc is_available logger
logging method_factory new_method numbers os remote rpc_async rpc_sync shutdown threading
timedelta torch urlparse warnings
""".split()),
    "torch.distributed.rpc.api": frozenset("""
AllGatherStates Any DEFAULT_SHUTDOWN_TIMEOUT Dict Future Generic GenericWithOneTypeVar PyRRef
PythonUDF RPCExecMode RRef RemoteProfilerManager Set T TensorPipeAgent TypeVar UNSET_RPC_TIMEOUT
WorkerInfo collections contextlib docstring functools get_rpc_timeout get_worker_info inspect
logger logging method method_factory method_name new_method remote rpc_async rpc_sync shutdown
threading torch
""".split()),
    "torch.distributed.rpc.backend_registry": frozenset("""
BackendType BackendValue Dict List Set Tuple api backend_registered cast collections
construct_rpc_backend_options dist enum init_backend register_backend rpc_constants torch
""".split()),
    "torch.distributed.rpc.constants": frozenset("""
DEFAULT_INIT_METHOD DEFAULT_NUM_WORKER_THREADS DEFAULT_PROCESS_GROUP_TIMEOUT
DEFAULT_RPC_TIMEOUT_SEC DEFAULT_SHUTDOWN_TIMEOUT UNSET_RPC_TIMEOUT timedelta
""".split()),
    "torch.distributed.rpc.functions": frozenset("""
async_execution functools
""".split()),
    "torch.distributed.rpc.internal": frozenset("""
Enum PythonUDF RPCExecMode RemoteException collections copyreg deserialize dist io pickle
serialize sys threading torch traceback
""".split()),
    "torch.distributed.rpc.options": frozenset("""
DeviceType Dict List Optional TensorPipeRpcBackendOptions Union rpc_contants torch
""".split()),
    "torch.distributed.rpc.server_process_global_profiler": frozenset("""
List itertools profile torch
""".split()),
    "torch.distributed.utils": frozenset("""
Any Dict List Tuple dist torch
""".split()),
    "torch.distributions": frozenset("""
AbsTransform AffineTransform Bernoulli Beta Binomial CatTransform Categorical Cauchy Chi2
ComposeTransform ContinuousBernoulli CorrCholeskyTransform CumulativeDistributionTransform
Dirichlet Distribution ExpTransform Exponential ExponentialFamily FisherSnedecor Gamma Geometric
Gumbel HalfCauchy HalfNormal Independent IndependentTransform Kumaraswamy LKJCholesky Laplace
LogNormal LogisticNormal LowRankMultivariateNormal LowerCholeskyTransform MixtureSameFamily
Multinomial MultivariateNormal NegativeBinomial Normal OneHotCategorical
OneHotCategoricalStraightThrough Pareto Poisson PowerTransform RelaxedBernoulli
RelaxedOneHotCategorical ReshapeTransform SigmoidTransform SoftmaxTransform SoftplusTransform
StackTransform StickBreakingTransform StudentT TanhTransform Transform TransformedDistribution
Uniform VonMises Weibull Wishart biject_to identity_transform kl_divergence register_kl
transform_to
""".split()),
    "torch.distributions.bernoulli": frozenset("""
Bernoulli ExponentialFamily Number binary_cross_entropy_with_logits broadcast_all constraints
lazy_property logits_to_probs nan probs_to_logits torch
""".split()),
    "torch.distributions.beta": frozenset("""
Beta Dirichlet ExponentialFamily Number Real broadcast_all constraints torch
""".split()),
    "torch.distributions.binomial": frozenset("""
Binomial Distribution broadcast_all constraints lazy_property logits_to_probs probs_to_logits
torch
""".split()),
    "torch.distributions.categorical": frozenset("""
Categorical Distribution constraints lazy_property logits_to_probs nan probs_to_logits torch
""".split()),
    "torch.distributions.cauchy": frozenset("""
Cauchy Distribution Number broadcast_all constraints inf math nan torch
""".split()),
    "torch.distributions.chi2": frozenset("""
Chi2 Gamma constraints
""".split()),
    "torch.distributions.constraint_registry": frozenset("""
ConstraintRegistry biject_to constraints numbers transform_to transforms
""".split()),
    "torch.distributions.constraints": frozenset("""
Constraint boolean cat corr_cholesky dependent dependent_property greater_than greater_than_eq
half_open_interval independent integer_interval interval is_dependent less_than lower_cholesky
lower_triangular multinomial nonnegative nonnegative_integer one_hot positive positive_definite
positive_integer positive_semidefinite real real_vector simplex square stack symmetric torch
unit_interval
""".split()),
    "torch.distributions.continuous_bernoulli": frozenset("""
ContinuousBernoulli ExponentialFamily Number binary_cross_entropy_with_logits broadcast_all
clamp_probs constraints lazy_property logits_to_probs math probs_to_logits torch
""".split()),
    "torch.distributions.dirichlet": frozenset("""
Dirichlet ExponentialFamily Function constraints once_differentiable torch
""".split()),
    "torch.distributions.distribution": frozenset("""
Any Dict Distribution Optional constraints lazy_property torch warnings
""".split()),
    "torch.distributions.exp_family": frozenset("""
Distribution ExponentialFamily torch
""".split()),
    "torch.distributions.exponential": frozenset("""
Exponential ExponentialFamily Number broadcast_all constraints torch
""".split()),
    "torch.distributions.fishersnedecor": frozenset("""
Distribution FisherSnedecor Gamma Number broadcast_all constraints nan torch
""".split()),
    "torch.distributions.gamma": frozenset("""
ExponentialFamily Gamma Number broadcast_all constraints torch
""".split()),
    "torch.distributions.geometric": frozenset("""
Distribution Geometric Number binary_cross_entropy_with_logits broadcast_all constraints
lazy_property logits_to_probs probs_to_logits torch
""".split()),
    "torch.distributions.gumbel": frozenset("""
AffineTransform ExpTransform Gumbel Number TransformedDistribution Uniform broadcast_all
constraints euler_constant math torch
""".split()),
    "torch.distributions.half_cauchy": frozenset("""
AbsTransform Cauchy HalfCauchy TransformedDistribution constraints inf math torch
""".split()),
    "torch.distributions.half_normal": frozenset("""
AbsTransform HalfNormal Normal TransformedDistribution constraints inf math torch
""".split()),
    "torch.distributions.independent": frozenset("""
Dict Distribution Independent constraints torch
""".split()),
    "torch.distributions.kl": frozenset("""
Bernoulli Beta Binomial Callable Categorical Cauchy ContinuousBernoulli Dict Dirichlet
Distribution Exponential ExponentialFamily Gamma Geometric Gumbel HalfNormal Independent Laplace
LowRankMultivariateNormal MultivariateNormal Normal OneHotCategorical Pareto Poisson
TransformedDistribution Tuple Type Uniform inf kl_divergence math register_kl torch
total_ordering warnings
""".split()),
    "torch.distributions.kumaraswamy": frozenset("""
AffineTransform Kumaraswamy PowerTransform TransformedDistribution Uniform broadcast_all
constraints euler_constant nan torch
""".split()),
    "torch.distributions.laplace": frozenset("""
Distribution Laplace Number broadcast_all constraints torch
""".split()),
    "torch.distributions.lkj_cholesky": frozenset("""
Beta Distribution LKJCholesky broadcast_all constraints math torch
""".split()),
    "torch.distributions.log_normal": frozenset("""
ExpTransform LogNormal Normal TransformedDistribution constraints
""".split()),
    "torch.distributions.logistic_normal": frozenset("""
LogisticNormal Normal StickBreakingTransform TransformedDistribution constraints
""".split()),
    "torch.distributions.lowrank_multivariate_normal": frozenset("""
Distribution LowRankMultivariateNormal constraints lazy_property math torch
""".split()),
    "torch.distributions.mixture_same_family": frozenset("""
Categorical Dict Distribution MixtureSameFamily constraints torch
""".split()),
    "torch.distributions.multinomial": frozenset("""
Binomial Categorical Distribution Multinomial broadcast_all constraints inf torch
""".split()),
    "torch.distributions.multivariate_normal": frozenset("""
Distribution MultivariateNormal constraints lazy_property math torch
""".split()),
    "torch.distributions.negative_binomial": frozenset("""
Distribution F NegativeBinomial broadcast_all constraints lazy_property logits_to_probs
probs_to_logits torch
""".split()),
    "torch.distributions.normal": frozenset("""
ExponentialFamily Normal Number Real broadcast_all constraints math torch
""".split()),
    "torch.distributions.one_hot_categorical": frozenset("""
Categorical Distribution OneHotCategorical OneHotCategoricalStraightThrough constraints torch
""".split()),
    "torch.distributions.pareto": frozenset("""
AffineTransform ExpTransform Exponential Pareto TransformedDistribution broadcast_all
constraints
""".split()),
    "torch.distributions.poisson": frozenset("""
ExponentialFamily Number Poisson broadcast_all constraints torch
""".split()),
    "torch.distributions.relaxed_bernoulli": frozenset("""
Distribution LogitRelaxedBernoulli Number RelaxedBernoulli SigmoidTransform
TransformedDistribution broadcast_all clamp_probs constraints lazy_property logits_to_probs
probs_to_logits torch
""".split()),
    "torch.distributions.relaxed_categorical": frozenset("""
Categorical Distribution ExpRelaxedCategorical ExpTransform RelaxedOneHotCategorical
TransformedDistribution broadcast_all clamp_probs constraints torch
""".split()),
    "torch.distributions.studentT": frozenset("""
Chi2 Distribution StudentT broadcast_all constraints inf math nan torch
""".split()),
    "torch.distributions.transformed_distribution": frozenset("""
ComposeTransform Dict Distribution Independent Transform TransformedDistribution constraints
torch
""".split()),
    "torch.distributions.transforms": frozenset("""
AbsTransform AffineTransform CatTransform ComposeTransform CorrCholeskyTransform
CumulativeDistributionTransform ExpTransform F IndependentTransform List LowerCholeskyTransform
PowerTransform ReshapeTransform SigmoidTransform SoftmaxTransform SoftplusTransform
StackTransform StickBreakingTransform TanhTransform Transform broadcast_all constraints
functools identity_transform lazy_property math numbers operator pad softplus torch
tril_matrix_to_vec vec_to_tril_matrix weakref
""".split()),
    "torch.distributions.uniform": frozenset("""
Distribution Number Uniform broadcast_all constraints nan torch
""".split()),
    "torch.distributions.utils": frozenset("""
Any Dict F Number broadcast_all clamp_probs euler_constant is_tensor_like lazy_property
logits_to_probs probs_to_logits torch tril_matrix_to_vec update_wrapper vec_to_tril_matrix
""".split()),
    "torch.distributions.von_mises": frozenset("""
Distribution VonMises broadcast_all constraints lazy_property math torch
""".split()),
    "torch.distributions.weibull": frozenset("""
AffineTransform Exponential PowerTransform TransformedDistribution Weibull broadcast_all
constraints euler_constant torch
""".split()),
    "torch.distributions.wishart": frozenset("""
ExponentialFamily Number Union Wishart constraints lazy_property math nan torch warnings
""".split()),
    "torch.fft": frozenset("""
Tensor common_args factory_common_args fft fft2 fftfreq fftn fftshift hfft hfft2 hfftn ifft
ifft2 ifftn ifftshift ihfft ihfft2 ihfftn irfft irfft2 irfftn rfft rfft2 rfftfreq rfftn sys
torch
""".split()),
    "torch.functional": frozenset("""
Any F List Optional Sequence TYPE_CHECKING Tensor Tuple Union align_tensors atleast_1d
atleast_2d atleast_3d block_diag boolean_dispatch broadcast_shapes broadcast_tensors
cartesian_prod cdist chain_matmul einsum handle_torch_function has_torch_function
has_torch_function_unary has_torch_function_variadic istft lu meshgrid norm opt_einsum overload
pca_lowrank split stft svd_lowrank tensordot torch unique unique_consecutive
""".split()),
    "torch.futures": frozenset("""
Callable Future Generic List Optional S T Type TypeVar Union annotations cast collect_all torch
wait_all
""".split()),
    "torch.fx": frozenset("""
CodeGen Graph GraphModule Interpreter Node PH Proxy ProxyableClassMeta Tracer Transformer
map_arg replace_pattern symbolic_trace wrap
""".split()),
    "torch.fx.graph": frozenset("""
Any Argument Callable CodeGen Dict FrozenSet Graph List NamedTuple Node Optional PythonCode Set
TYPE_CHECKING Target TransformCodeFunc Tuple Type builtins compatibility contextlib
contextmanager copy dataclass fx_pytree inplace_methods inspect keyword magic_methods map_arg
math pytree re reflectable_magic_methods torch warnings
""".split()),
    "torch.fx.graph_module": frozenset("""
Any Dict Graph GraphModule Importer List Optional PackageExporter PackageImporter Path
PythonCode Set Type Union compatibility copy itertools linecache nn os
reduce_deploy_graph_module reduce_graph_module reduce_package_graph_module sys sys_importer
torch traceback warnings
""".split()),
    "torch.fx.immutable_collections": frozenset("""
Any Context Dict List Tuple compatibility immutable_dict immutable_list
""".split()),
    "torch.fx.interpreter": frozenset("""
Any Argument Dict Graph GraphModule Interpreter Iterator List Node Optional Proxy Target Tracer
Transformer Tuple Union compatibility contextmanager fx_traceback inspect map_aggregate map_arg
""".split()),
    "torch.fx.node": frozenset("""
Any ArgsKwargsPair Argument BaseArgumentTypes Callable Dict List Node Optional Set TYPE_CHECKING
Target Tuple Union base_types builtins compatibility immutable_dict immutable_list map_aggregate
map_arg normalize_function normalize_module torch types warnings
""".split()),
    "torch.fx.operator_schemas": frozenset("""
Any ArgsKwargsPair Callable Dict List NamedTuple OpOverload OpOverloadPacket Optional
TYPE_CHECKING Tuple boolean_dispatched cast check_for_mutable_operation compatibility
create_type_hint enum get_signature_for_torch_op inspect k normalize_function normalize_module
numbers torch type_matches types typing warnings
""".split()),
    "torch.fx.proxy": frozenset("""
Any Argument Attribute Callable Dict Graph GraphAppendingTracer Iterable Iterator Node Optional
ParameterProxy Proxy Target TraceError TracerBase Tuple assert_fn base_types
check_for_mutable_operation compatibility dis fx_traceback inspect magic_methods map_aggregate
method operator orig_method_name reflectable_magic_methods torch traceback
""".split()),
    "torch.fx.subgraph_rewriter": frozenset("""
Callable Dict Graph GraphModule List Match NamedTuple Node Optional Set compatibility copy
replace_pattern symbolic_trace torch
""".split()),
    "torch.fx.traceback": frozenset("""
List Optional append_stack_trace compatibility contextmanager current_stack format_stack
is_overridden is_stack_trace_overridden override_stack_trace set_stack_trace traceback
""".split()),
    "torch.hub": frozenset("""
Any DEFAULT_CACHE_DIR Dict ENV_GITHUB_TOKEN ENV_TORCH_HOME ENV_XDG_CACHE_HOME HASH_REGEX
HTTPError MAP_LOCATION MODULE_HUBCONF Optional Path READ_DATA_CHUNK Request VAR_DEPENDENCY
download_url_to_file errno get_dir hashlib help json list load load_state_dict_from_url os re
set_dir shutil sys tempfile torch tqdm urlopen urlparse warnings zipfile
""".split()),
    "torch.jit": frozenset("""
Attribute CompilationUnit Error Final Future Iterator ONNXTracedModule RecursiveScriptClass
RecursiveScriptModule ScriptFunction ScriptModule ScriptWarning TopLevelTracedModule
TracedModule TracerWarning TracingCheckError annotate contextmanager enable_onednn_fusion export
export_opnames fork freeze fuser ignore interface is_scripting is_tracing isinstance
jit_module_from_flatbuffer last_executed_optimized_graph load onednn_fusion_enabled
optimize_for_inference optimized_execution run_frozen_optimizations save
save_jit_module_to_flatbuffer script script_if_tracing script_method set_fusion_strategy
set_module strict_fusion torch trace trace_module unused wait warnings
""".split()),
    "torch.jit.annotations": frozenset("""
Any AnyType BoolType BroadcastingList1 BroadcastingList2 BroadcastingList3 ComplexType
DeviceObjType Dict DictType EnumType EvalEnv FloatType Future FutureType IntType InterfaceType
List ListType Module NoneType NumberType OpOverloadPacket Optional OptionalType RRef RRefType
StreamObjType StringType TensorType Tuple TupleType Type Union UnionType ann_to_type ast
builtins check_fn dedent dis enum get_enum_value_type get_param_names get_signature
get_source_lines_and_file get_type_line inspect is_dict is_function_or_method is_future
is_ignored_fn is_list is_optional is_rref is_tensor is_tuple is_union is_vararg parse_type_line
re split_type_line torch try_ann_to_type try_real_annotations warnings
""".split()),
    "torch.jit.frontend": frozenset("""
Apply Assert Assign Attribute AugAssign BinOp Break Builder ClassDef Const Continue
DATACLASS_MAGIC_METHODS Decl Def Delete DictComp DictLiteral Dots EmptyTypeAnnotation
ExprBuilder ExprStmt FalseLiteral For FrontendError FrontendTypeError FunctionModifiers Ident If
List ListComp ListLiteral NoneLiteral NotSupportedError Param Pass Property Raise Return Select
SliceExpr Starred Stmt StmtBuilder StringLiteral Subscript TernaryIf TrueLiteral Tuple
TupleLiteral UnaryOp UnsupportedNodeError Var While With WithItem WithItemBuilder ast astunparse
build_class_def build_def build_expr build_ignore_context_manager build_param build_param_list
build_stmt build_stmts build_withitem build_withitems dataclasses dedent find_before
get_class_assigns get_class_properties get_default_args get_default_args_for_class
get_jit_class_def get_jit_def get_qualified_name get_source_lines_and_file inspect
is_reserved_name is_static_fn is_torch_jit_ignore_context_manager make_source_context
monkeytype_trace namedtuple node_start_tokens parse_def pretty_node_names re should_drop string
sys torch
""".split()),
    "torch.library": frozenset("""
Library OpOverload Set define impl os torch traceback
""".split()),
    "torch.linalg": frozenset("""
LinAlgError Tensor cholesky cholesky_ex common_notes cond cross det diagonal eig eigh eigvals
eigvalsh householder_product inv inv_ex ldl_factor ldl_factor_ex ldl_solve lstsq lu lu_factor
lu_factor_ex lu_solve matmul matrix_exp matrix_norm matrix_power matrix_rank multi_dot norm pinv
qr slogdet solve solve_ex solve_triangular svd svdvals sys tensorinv tensorsolve torch vander
vecdot vector_norm
""".split()),
    "torch.masked": frozenset("""
MaskedTensor amax amin argmax argmin as_masked_tensor cumprod cumsum is_masked_tensor
log_softmax logaddexp logsumexp masked_tensor mean median norm normalize prod softmax softmin
std sum var
""".split()),
    "torch.masked.maskedtensor": frozenset("""
MaskedTensor is_masked_tensor
""".split()),
    "torch.masked.maskedtensor.binary": frozenset("""
BINARY_NAMES INPLACE_BINARY_NAMES NATIVE_BINARY_FNS NATIVE_BINARY_MAP NATIVE_INPLACE_BINARY_FNS
NATIVE_INPLACE_BINARY_MAP is_masked_tensor torch
""".split()),
    "torch.masked.maskedtensor.core": frozenset("""
MaskedTensor get_default_nowrap_functions is_masked_tensor torch warnings
""".split()),
    "torch.masked.maskedtensor.creation": frozenset("""
MaskedTensor as_masked_tensor masked_tensor
""".split()),
    "torch.masked.maskedtensor.passthrough": frozenset("""
PASSTHROUGH_FNS torch
""".split()),
    "torch.masked.maskedtensor.reductions": frozenset("""
NATIVE_REDUCE_FNS NATIVE_REDUCE_MAP REDUCE_NAMES TENSOR_REDUCE_FNS TENSOR_REDUCE_MAP
TORCH_REDUCE_FNS TORCH_REDUCE_MAP as_masked_tensor is_masked_tensor masked_tensor torch warnings
""".split()),
    "torch.masked.maskedtensor.unary": frozenset("""
INPLACE_UNARY_NAMES NATIVE_INPLACE_UNARY_FNS NATIVE_INPLACE_UNARY_MAP NATIVE_UNARY_FNS
NATIVE_UNARY_MAP UNARY_NAMES UNARY_NAMES_UNSUPPORTED torch
""".split()),
    "torch.multiprocessing": frozenset("""
Array AuthenticationError Barrier BoundedSemaphore BufferTooShort Condition Event JoinableQueue
Lock Manager Pipe Pool Process ProcessContext ProcessError ProcessExitedException
ProcessRaisedException Queue RLock RawArray RawValue Semaphore SimpleQueue SpawnContext
TimeoutError Value active_children allow_connection_pickling cpu_count current_process
freeze_support get_all_sharing_strategies get_all_start_methods get_context get_logger
get_sharing_strategy get_start_method init_reductions log_to_stderr multiprocessing
parent_process reducer set_executable set_forkserver_preload set_sharing_strategy
set_start_method spawn start_processes sys torch
""".split()),
    "torch.multiprocessing.reductions": frozenset("""
ForkingPickler SharedCache StorageWeakRef Union check_serializing_named_tensor fd_id
init_reductions multiprocessing os rebuild_cuda_tensor rebuild_event rebuild_storage_empty
rebuild_storage_fd rebuild_storage_filename rebuild_tensor rebuild_typed_storage
rebuild_typed_storage_child reduce_event reduce_storage reduce_tensor reduce_typed_storage
reduce_typed_storage_child register_after_fork shared_cache storage_from_cache threading torch
""".split()),
    "torch.nested": frozenset("""
DType Device List Optional Tensor as_nested_tensor nested_tensor to_padded_tensor torch
""".split()),
    "torch.nn": frozenset("""
AdaptiveAvgPool1d AdaptiveAvgPool2d AdaptiveAvgPool3d AdaptiveLogSoftmaxWithLoss
AdaptiveMaxPool1d AdaptiveMaxPool2d AdaptiveMaxPool3d AlphaDropout AvgPool1d AvgPool2d AvgPool3d
BCELoss BCEWithLogitsLoss BatchNorm1d BatchNorm2d BatchNorm3d Bilinear CELU CTCLoss
ChannelShuffle ConstantPad1d ConstantPad2d ConstantPad3d Container Conv1d Conv2d Conv3d
ConvTranspose1d ConvTranspose2d ConvTranspose3d CosineEmbeddingLoss CosineSimilarity
CrossEntropyLoss CrossMapLRN2d DataParallel Dropout Dropout1d Dropout2d Dropout3d ELU Embedding
EmbeddingBag FeatureAlphaDropout Flatten Fold FractionalMaxPool2d FractionalMaxPool3d GELU GLU
GRU GRUCell GaussianNLLLoss GroupNorm Hardshrink Hardsigmoid Hardswish Hardtanh
HingeEmbeddingLoss HuberLoss Identity InstanceNorm1d InstanceNorm2d InstanceNorm3d KLDivLoss
L1Loss LPPool1d LPPool2d LSTM LSTMCell LayerNorm LazyBatchNorm1d LazyBatchNorm2d LazyBatchNorm3d
LazyConv1d LazyConv2d LazyConv3d LazyConvTranspose1d LazyConvTranspose2d LazyConvTranspose3d
LazyInstanceNorm1d LazyInstanceNorm2d LazyInstanceNorm3d LazyLinear LeakyReLU Linear
LocalResponseNorm LogSigmoid LogSoftmax MSELoss MarginRankingLoss MaxPool1d MaxPool2d MaxPool3d
MaxUnpool1d MaxUnpool2d MaxUnpool3d Mish Module ModuleDict ModuleList MultiLabelMarginLoss
MultiLabelSoftMarginLoss MultiMarginLoss MultiheadAttention NLLLoss NLLLoss2d PReLU
PairwiseDistance Parameter ParameterDict ParameterList PixelShuffle PixelUnshuffle
PoissonNLLLoss RNN RNNBase RNNCell RNNCellBase RReLU ReLU ReLU6 ReflectionPad1d ReflectionPad2d
ReflectionPad3d ReplicationPad1d ReplicationPad2d ReplicationPad3d SELU Sequential SiLU Sigmoid
SmoothL1Loss SoftMarginLoss Softmax Softmax2d Softmin Softplus Softshrink Softsign SyncBatchNorm
Tanh Tanhshrink Threshold Transformer TransformerDecoder TransformerDecoderLayer
TransformerEncoder TransformerEncoderLayer TripletMarginLoss TripletMarginWithDistanceLoss
Unflatten Unfold UninitializedBuffer UninitializedParameter Upsample UpsamplingBilinear2d
UpsamplingNearest2d ZeroPad2d factory_kwargs
""".split()),
    "torch.nn.common_types": frozenset("""
Optional T Tensor Tuple TypeVar Union
""".split()),
    "torch.nn.functional": frozenset("""
BroadcastingList1 BroadcastingList2 BroadcastingList3 Callable DType
GRID_SAMPLE_INTERPOLATION_MODES GRID_SAMPLE_PADDING_MODES List Optional TYPE_CHECKING Tensor
Tuple Union adaptive_avg_pool1d adaptive_avg_pool2d adaptive_avg_pool3d adaptive_max_pool1d
adaptive_max_pool1d_with_indices adaptive_max_pool2d adaptive_max_pool2d_with_indices
adaptive_max_pool3d adaptive_max_pool3d_with_indices affine_grid alpha_dropout
assert_int_or_pair avg_pool1d avg_pool2d avg_pool3d batch_norm bilinear binary_cross_entropy
binary_cross_entropy_with_logits boolean_dispatch celu celu_ channel_shuffle conv1d conv2d
conv3d conv_tbc conv_transpose1d conv_transpose2d conv_transpose3d cosine_embedding_loss
cosine_similarity cross_entropy ctc_loss dropout dropout1d dropout2d dropout3d elu elu_
embedding embedding_bag feature_alpha_dropout fold fractional_max_pool2d
fractional_max_pool2d_with_indices fractional_max_pool3d fractional_max_pool3d_with_indices
gaussian_nll_loss gelu glu grad grid_sample group_norm gumbel_softmax handle_torch_function
hardshrink hardsigmoid hardswish hardtanh hardtanh_ has_torch_function has_torch_function_unary
has_torch_function_variadic hinge_embedding_loss huber_loss instance_norm interpolate kl_div
l1_loss layer_norm leaky_relu leaky_relu_ linear local_response_norm log_softmax logsigmoid
lp_pool1d lp_pool2d margin_ranking_loss math max_pool1d max_pool1d_with_indices max_pool2d
max_pool2d_with_indices max_pool3d max_pool3d_with_indices max_unpool1d max_unpool2d
max_unpool3d mish mse_loss multi_head_attention_forward multi_margin_loss multilabel_margin_loss
multilabel_soft_margin_loss native_channel_shuffle nll_loss normalize one_hot pad
pairwise_distance pdist pixel_shuffle pixel_unshuffle poisson_nll_loss prelu relu relu6 relu_
reproducibility_notes rrelu rrelu_ selu selu_ sigmoid silu smooth_l1_loss soft_margin_loss
softmax softmin softplus softshrink softsign sparse_support_notes tanh tanhshrink tf32_notes
threshold threshold_ torch triplet_margin_loss triplet_margin_with_distance_loss unfold upsample
upsample_bilinear upsample_nearest utils warnings
""".split()),
    "torch.nn.grad": frozenset("""
conv1d_input conv1d_weight conv2d_input conv2d_weight conv3d_input conv3d_weight torch
""".split()),
    "torch.nn.init": frozenset("""
Tensor calculate_gain constant constant_ dirac dirac_ eye eye_ kaiming_normal kaiming_normal_
kaiming_uniform kaiming_uniform_ math normal normal_ ones_ orthogonal orthogonal_ sparse sparse_
torch trunc_normal_ uniform uniform_ warnings xavier_normal xavier_normal_ xavier_uniform
xavier_uniform_ zeros_
""".split()),
    "torch.nn.intrinsic": frozenset("""
BNReLU2d BNReLU3d ConvBn1d ConvBn2d ConvBn3d ConvBnReLU1d ConvBnReLU2d ConvBnReLU3d ConvReLU1d
ConvReLU2d ConvReLU3d LinearBn1d LinearReLU
""".split()),
    "torch.nn.intrinsic.modules": frozenset("""
BNReLU2d BNReLU3d ConvBn1d ConvBn2d ConvBn3d ConvBnReLU1d ConvBnReLU2d ConvBnReLU3d ConvReLU1d
ConvReLU2d ConvReLU3d LinearBn1d LinearReLU
""".split()),
    "torch.nn.intrinsic.modules.fused": frozenset("""
BNReLU2d BNReLU3d ConvBn1d ConvBn2d ConvBn3d ConvBnReLU1d ConvBnReLU2d ConvBnReLU3d ConvReLU1d
ConvReLU2d ConvReLU3d LinearBn1d LinearReLU
""".split()),
    "torch.nn.intrinsic.qat": frozenset("""
ConvBn1d ConvBn2d ConvBn3d ConvBnReLU1d ConvBnReLU2d ConvBnReLU3d ConvReLU1d ConvReLU2d
ConvReLU3d LinearBn1d LinearReLU freeze_bn_stats update_bn_stats
""".split()),
    "torch.nn.intrinsic.qat.modules": frozenset("""
ConvBn1d ConvBn2d ConvBn3d ConvBnReLU1d ConvBnReLU2d ConvBnReLU3d ConvReLU1d ConvReLU2d
ConvReLU3d LinearBn1d LinearReLU freeze_bn_stats update_bn_stats
""".split()),
    "torch.nn.intrinsic.qat.modules.conv_fused": frozenset("""
ConvBn1d ConvBn2d ConvBn3d ConvBnReLU1d ConvBnReLU2d ConvBnReLU3d ConvReLU1d ConvReLU2d
ConvReLU3d F MOD Parameter TypeVar freeze_bn_stats fuse_conv_bn_weights init math nn nni nnqat
torch update_bn_stats
""".split()),
    "torch.nn.intrinsic.qat.modules.linear_fused": frozenset("""
F LinearBn1d Parameter fuse_linear_bn_weights init nn nni torch
""".split()),
    "torch.nn.intrinsic.qat.modules.linear_relu": frozenset("""
F LinearReLU nni nnqat torch
""".split()),
    "torch.nn.intrinsic.quantized": frozenset("""
BNReLU2d BNReLU3d ConvReLU1d ConvReLU2d ConvReLU3d LinearReLU
""".split()),
    "torch.nn.intrinsic.quantized.dynamic": frozenset("""
LinearReLU
""".split()),
    "torch.nn.intrinsic.quantized.dynamic.modules": frozenset("""
LinearReLU torch
""".split()),
    "torch.nn.intrinsic.quantized.dynamic.modules.linear_relu": frozenset("""
LinearReLU nni nnqd torch
""".split()),
    "torch.nn.intrinsic.quantized.modules": frozenset("""
BNReLU2d BNReLU3d ConvReLU1d ConvReLU2d ConvReLU3d LinearReLU
""".split()),
    "torch.nn.intrinsic.quantized.modules.bn_relu": frozenset("""
BNReLU2d BNReLU3d nnq torch
""".split()),
    "torch.nn.intrinsic.quantized.modules.conv_relu": frozenset("""
ConvReLU1d ConvReLU2d ConvReLU3d F fuse_conv_bn_weights nnq torch
""".split()),
    "torch.nn.intrinsic.quantized.modules.linear_relu": frozenset("""
LinearReLU nni nnq torch
""".split()),
    "torch.nn.modules": frozenset("""
AdaptiveAvgPool1d AdaptiveAvgPool2d AdaptiveAvgPool3d AdaptiveLogSoftmaxWithLoss
AdaptiveMaxPool1d AdaptiveMaxPool2d AdaptiveMaxPool3d AlphaDropout AvgPool1d AvgPool2d AvgPool3d
BCELoss BCEWithLogitsLoss BatchNorm1d BatchNorm2d BatchNorm3d Bilinear CELU CTCLoss
ChannelShuffle ConstantPad1d ConstantPad2d ConstantPad3d Container Conv1d Conv2d Conv3d
ConvTranspose1d ConvTranspose2d ConvTranspose3d CosineEmbeddingLoss CosineSimilarity
CrossEntropyLoss CrossMapLRN2d Dropout Dropout1d Dropout2d Dropout3d ELU Embedding EmbeddingBag
FeatureAlphaDropout Flatten Fold FractionalMaxPool2d FractionalMaxPool3d GELU GLU GRU GRUCell
GaussianNLLLoss GroupNorm Hardshrink Hardsigmoid Hardswish Hardtanh HingeEmbeddingLoss HuberLoss
Identity InstanceNorm1d InstanceNorm2d InstanceNorm3d KLDivLoss L1Loss LPPool1d LPPool2d LSTM
LSTMCell LayerNorm LazyBatchNorm1d LazyBatchNorm2d LazyBatchNorm3d LazyConv1d LazyConv2d
LazyConv3d LazyConvTranspose1d LazyConvTranspose2d LazyConvTranspose3d LazyInstanceNorm1d
LazyInstanceNorm2d LazyInstanceNorm3d LazyLinear LeakyReLU Linear LocalResponseNorm LogSigmoid
LogSoftmax MSELoss MarginRankingLoss MaxPool1d MaxPool2d MaxPool3d MaxUnpool1d MaxUnpool2d
MaxUnpool3d Mish Module ModuleDict ModuleList MultiLabelMarginLoss MultiLabelSoftMarginLoss
MultiMarginLoss MultiheadAttention NLLLoss NLLLoss2d PReLU PairwiseDistance ParameterDict
ParameterList PixelShuffle PixelUnshuffle PoissonNLLLoss RNN RNNBase RNNCell RNNCellBase RReLU
ReLU ReLU6 ReflectionPad1d ReflectionPad2d ReflectionPad3d ReplicationPad1d ReplicationPad2d
ReplicationPad3d SELU Sequential SiLU Sigmoid SmoothL1Loss SoftMarginLoss Softmax Softmax2d
Softmin Softplus Softshrink Softsign SyncBatchNorm Tanh Tanhshrink Threshold Transformer
TransformerDecoder TransformerDecoderLayer TransformerEncoder TransformerEncoderLayer
TripletMarginLoss TripletMarginWithDistanceLoss Unflatten Unfold Upsample UpsamplingBilinear2d
UpsamplingNearest2d ZeroPad2d
""".split()),
    "torch.nn.modules.activation": frozenset("""
CELU ELU F GELU GLU Hardshrink Hardsigmoid Hardswish Hardtanh LeakyReLU LogSigmoid LogSoftmax
Mish Module MultiheadAttention NonDynamicallyQuantizableLinear Optional PReLU Parameter RReLU
ReLU ReLU6 SELU SiLU Sigmoid Softmax Softmax2d Softmin Softplus Softshrink Softsign Tanh
Tanhshrink Tensor Threshold Tuple constant_ torch warnings xavier_normal_ xavier_uniform_
""".split()),
    "torch.nn.modules.adaptive": frozenset("""
AdaptiveLogSoftmaxWithLoss Linear List Module ModuleList Sequence Sequential Tensor log_softmax
namedtuple torch
""".split()),
    "torch.nn.modules.batchnorm": frozenset("""
Any BatchNorm1d BatchNorm2d BatchNorm3d F LazyBatchNorm1d LazyBatchNorm2d LazyBatchNorm3d
LazyModuleMixin Module Optional Parameter SyncBatchNorm Tensor UninitializedBuffer
UninitializedParameter init sync_batch_norm torch
""".split()),
    "torch.nn.modules.channelshuffle": frozenset("""
ChannelShuffle F Module Tensor
""".split()),
    "torch.nn.modules.container": frozenset("""
Any Container Dict Iterable Iterator Mapping Module ModuleDict ModuleList Optional OrderedDict
Parameter ParameterDict ParameterList Sequential T Tuple TypeVar Union chain container_abcs
islice operator overload torch warnings
""".split()),
    "torch.nn.modules.conv": frozenset("""
Conv1d Conv2d Conv3d ConvTranspose1d ConvTranspose2d ConvTranspose3d F LazyConv1d LazyConv2d
LazyConv3d LazyConvTranspose1d LazyConvTranspose2d LazyConvTranspose3d LazyModuleMixin List
Module Optional Parameter Tensor Tuple UninitializedParameter Union convolution_notes init math
reproducibility_notes torch warnings
""".split()),
    "torch.nn.modules.distance": frozenset("""
CosineSimilarity F Module PairwiseDistance Tensor
""".split()),
    "torch.nn.modules.dropout": frozenset("""
AlphaDropout Dropout Dropout1d Dropout2d Dropout3d F FeatureAlphaDropout Module Tensor
""".split()),
    "torch.nn.modules.flatten": frozenset("""
Flatten Module Tensor Tuple Unflatten Union
""".split()),
    "torch.nn.modules.fold": frozenset("""
F Fold Module Tensor Unfold
""".split()),
    "torch.nn.modules.instancenorm": frozenset("""
F InstanceNorm1d InstanceNorm2d InstanceNorm3d LazyInstanceNorm1d LazyInstanceNorm2d
LazyInstanceNorm3d Tensor
""".split()),
    "torch.nn.modules.lazy": frozenset("""
LazyModuleMixin Protocol is_lazy itertools torch warnings
""".split()),
    "torch.nn.modules.linear": frozenset("""
Any Bilinear F Identity LazyLinear LazyModuleMixin Linear Module NonDynamicallyQuantizableLinear
Parameter Tensor UninitializedParameter init math torch
""".split()),
    "torch.nn.modules.loss": frozenset("""
BCELoss BCEWithLogitsLoss CTCLoss Callable CosineEmbeddingLoss CrossEntropyLoss F
GaussianNLLLoss HingeEmbeddingLoss HuberLoss KLDivLoss L1Loss MSELoss MarginRankingLoss Module
MultiLabelMarginLoss MultiLabelSoftMarginLoss MultiMarginLoss NLLLoss NLLLoss2d Optional
PairwiseDistance PoissonNLLLoss SmoothL1Loss SoftMarginLoss Tensor TripletMarginLoss
TripletMarginWithDistanceLoss warnings
""".split()),
    "torch.nn.modules.module": frozenset("""
Any Callable Dict Iterator List Mapping Module Optional OrderedDict Parameter RemovableHandle
Set T Tensor Tuple TypeVar Union device dtype functools hooks itertools namedtuple overload
register_module_backward_hook register_module_forward_hook register_module_forward_pre_hook
register_module_full_backward_hook torch warnings weakref
""".split()),
    "torch.nn.modules.normalization": frozenset("""
CrossMapLRN2d F GroupNorm LayerNorm List LocalResponseNorm Module Parameter Size Tensor Tuple
Union init numbers torch
""".split()),
    "torch.nn.modules.padding": frozenset("""
ConstantPad1d ConstantPad2d ConstantPad3d F Module ReflectionPad1d ReflectionPad2d
ReflectionPad3d ReplicationPad1d ReplicationPad2d ReplicationPad3d Sequence Tensor Tuple
ZeroPad2d
""".split()),
    "torch.nn.modules.pixelshuffle": frozenset("""
F Module PixelShuffle PixelUnshuffle Tensor
""".split()),
    "torch.nn.modules.pooling": frozenset("""
AdaptiveAvgPool1d AdaptiveAvgPool2d AdaptiveAvgPool3d AdaptiveMaxPool1d AdaptiveMaxPool2d
AdaptiveMaxPool3d AvgPool1d AvgPool2d AvgPool3d F FractionalMaxPool2d FractionalMaxPool3d
LPPool1d LPPool2d List MaxPool1d MaxPool2d MaxPool3d MaxUnpool1d MaxUnpool2d MaxUnpool3d Module
Optional Tensor
""".split()),
    "torch.nn.modules.rnn": frozenset("""
GRU GRUCell LSTM LSTMCell List Module Optional PackedSequence Parameter RNN RNNBase RNNCell
RNNCellBase Tensor Tuple apply_permutation init math numbers overload torch warnings
""".split()),
    "torch.nn.modules.sparse": frozenset("""
Embedding EmbeddingBag F Module Optional Parameter Tensor init torch
""".split()),
    "torch.nn.modules.transformer": frozenset("""
Any Callable Dropout F LayerNorm Linear Module ModuleList MultiheadAttention Optional Tensor
Transformer TransformerDecoder TransformerDecoderLayer TransformerEncoder
TransformerEncoderLayer Union copy torch xavier_uniform_
""".split()),
    "torch.nn.modules.upsampling": frozenset("""
F Module Optional Tensor Upsample UpsamplingBilinear2d UpsamplingNearest2d
""".split()),
    "torch.nn.modules.utils": frozenset("""
Any Dict List collections consume_prefix_in_state_dict_if_present repeat
""".split()),
    "torch.nn.parallel": frozenset("""
DataParallel DistributedDataParallel DistributedDataParallelCPU data_parallel gather
parallel_apply replicate scatter
""".split()),
    "torch.nn.parallel.comm": frozenset("""
List broadcast broadcast_coalesced gather nccl reduce_add reduce_add_coalesced scatter torch
warnings
""".split()),
    "torch.nn.parallel.distributed": frozenset("""
Any Callable DistributedDataParallel Enum Function Join JoinHook Joinable Module RPC_AVAILABLE
RRef ReduceOp Type Variable auto contextmanager copy dataclass dist gather inspect is_namedtuple
itertools logger logging os scatter_kwargs sys torch tree_flatten tree_unflatten warnings
""".split()),
    "torch.nn.parallel.scatter_gather": frozenset("""
Gather Scatter gather is_namedtuple scatter scatter_kwargs torch warnings
""".split()),
    "torch.nn.parameter": frozenset("""
OrderedDict Parameter UninitializedBuffer UninitializedParameter UninitializedTensorMixin
is_lazy torch
""".split()),
    "torch.nn.qat": frozenset("""
Conv1d Conv2d Conv3d Embedding EmbeddingBag Linear
""".split()),
    "torch.nn.qat.dynamic": frozenset("""
Linear
""".split()),
    "torch.nn.qat.dynamic.modules": frozenset("""
Linear
""".split()),
    "torch.nn.qat.dynamic.modules.linear": frozenset("""
Linear
""".split()),
    "torch.nn.qat.modules": frozenset("""
Conv1d Conv2d Conv3d Embedding EmbeddingBag Linear
""".split()),
    "torch.nn.qat.modules.conv": frozenset("""
Conv1d Conv2d Conv3d
""".split()),
    "torch.nn.qat.modules.embedding_ops": frozenset("""
Embedding EmbeddingBag
""".split()),
    "torch.nn.qat.modules.linear": frozenset("""
Linear
""".split()),
    "torch.nn.quantizable": frozenset("""
LSTM LSTMCell MultiheadAttention
""".split()),
    "torch.nn.quantizable.modules": frozenset("""
LSTM LSTMCell MultiheadAttention
""".split()),
    "torch.nn.quantized": frozenset("""
BatchNorm2d BatchNorm3d Conv1d Conv2d Conv3d ConvTranspose1d ConvTranspose2d ConvTranspose3d
DeQuantize Dropout ELU Embedding EmbeddingBag FXFloatFunctional FloatFunctional GroupNorm
Hardswish InstanceNorm1d InstanceNorm2d InstanceNorm3d LSTM LayerNorm LeakyReLU Linear MaxPool2d
MultiheadAttention PReLU QFunctional Quantize ReLU6 Sigmoid Softmax
""".split()),
    "torch.nn.quantized.dynamic": frozenset("""
Conv1d Conv2d Conv3d ConvTranspose1d ConvTranspose2d ConvTranspose3d GRU GRUCell LSTM LSTMCell
Linear RNNCell modules
""".split()),
    "torch.nn.quantized.functional": frozenset("""
BroadcastingList2 List Optional Tensor adaptive_avg_pool2d adaptive_avg_pool3d avg_pool2d
avg_pool3d celu clamp conv1d conv2d conv3d elu hardsigmoid hardswish hardtanh interpolate
leaky_relu linear max_pool1d max_pool2d threshold torch upsample upsample_bilinear
upsample_nearest warnings
""".split()),
    "torch.nn.quantized.modules": frozenset("""
BatchNorm2d BatchNorm3d Conv1d Conv2d Conv3d ConvTranspose1d ConvTranspose2d ConvTranspose3d
DeQuantize Dropout ELU Embedding EmbeddingBag FXFloatFunctional FloatFunctional GroupNorm
Hardswish InstanceNorm1d InstanceNorm2d InstanceNorm3d LSTM LayerNorm LeakyReLU Linear MaxPool2d
MultiheadAttention PReLU QFunctional Quantize ReLU6 Sigmoid Softmax activation batchnorm conv
dropout embedding_ops functional_modules linear normalization rnn utils
""".split()),
    "torch.nn.utils": frozenset("""
clip_grad_norm clip_grad_norm_ clip_grad_value_ convert_conv2d_weight_memory_format
fuse_conv_bn_eval fuse_conv_bn_weights parameters_to_vector remove_spectral_norm
remove_weight_norm skip_init spectral_norm vector_to_parameters weight_norm
""".split()),
    "torch.nn.utils.clip_grad": frozenset("""
Iterable Union clip_grad_norm clip_grad_norm_ clip_grad_value_ inf torch warnings
""".split()),
    "torch.nn.utils.convert_parameters": frozenset("""
Iterable Optional parameters_to_vector torch vector_to_parameters
""".split()),
    "torch.nn.utils.fusion": frozenset("""
copy fuse_conv_bn_eval fuse_conv_bn_weights fuse_linear_bn_eval fuse_linear_bn_weights torch
""".split()),
    "torch.nn.utils.init": frozenset("""
inspect skip_init torch
""".split()),
    "torch.nn.utils.memory_format": frozenset("""
convert_conv2d_weight_memory_format torch
""".split()),
    "torch.nn.utils.parametrizations": frozenset("""
Enum F Module Optional Tensor auto orthogonal parametrize spectral_norm torch
""".split()),
    "torch.nn.utils.parametrize": frozenset("""
Dict Module ModuleDict ModuleList Optional Parameter ParametrizationList Sequence Tensor Tuple
Union cached collections contextmanager copyreg deepcopy is_parametrized
register_parametrization remove_parametrizations torch transfer_parametrizations_and_params
type_before_parametrizations
""".split()),
    "torch.nn.utils.rnn": frozenset("""
Iterable List Optional PackedSequence PackedSequence_ Tensor Tuple Union bind invert_permutation
namedtuple pack_padded_sequence pack_sequence pad_packed_sequence pad_sequence torch
unpack_sequence unpad_sequence warnings
""".split()),
    "torch.nn.utils.stateless": frozenset("""
Any Callable Dict Iterator List Tensor Tuple contextlib functional_call torch warnings
""".split()),
    "torch.onnx": frozenset("""
CheckerError ExportTypes JitScalarType OperatorExportTypes SymbolicContext TensorProtoDataType
TrainingMode disable_log enable_log export export_to_pretty_string is_in_onnx_export
is_onnx_log_enabled log producer_name producer_version register_custom_op_symbolic
select_model_mode_for_export set_log_stream unregister_custom_op_symbolic
""".split()),
    "torch.onnx.errors": frozenset("""
CallHintViolationWarning CheckerError OnnxExporterError OnnxExporterWarning Optional
SymbolicValueError UnsupportedOperatorError annotations diagnostics textwrap
""".split()),
    "torch.onnx.symbolic_caffe2": frozenset("""
add avg_pool2d cat conv2d conv2d_relu conv_prepack dequantize importlib inspect jit_utils linear
linear_prepack max_pool2d nchw2nhwc nhwc2nchw opset9 quantize_per_tensor register_quantized_ops
registration relu reshape sigmoid slice symbolic_helper upsample_nearest2d
""".split()),
    "torch.onnx.symbolic_helper": frozenset("""
Any Callable GLOBALS List Literal NoReturn Number Optional Sequence Set Tuple Union annotations
args_have_same_dtype cast_pytorch_to_onnx check_training_mode dequantize_helper errors functools
inspect is_caffe2_aten_fallback is_complex_value jit_utils parse_args pytorch_name_to_type
quantize_helper quantized_args requantize_bias_helper scalar_name_to_pytorch scalar_type_to_onnx
scalar_type_to_pytorch_type sys torch typing warnings
""".split()),
    "torch.onnx.symbolic_opset10": frozenset("""
Callable GLOBALS Sequence dequantize div embedding_bag errors fake_quantize_per_tensor_affine
flip fmod functools isfinite isinf jit_utils nan_to_num opset9 quantize_per_tensor quantized_add
quantized_add_relu quantized_cat quantized_conv2d quantized_conv2d_relu quantized_group_norm
quantized_hardswish quantized_instance_norm quantized_layer_norm quantized_leaky_relu
quantized_linear quantized_mul quantized_sigmoid registration slice sort symbolic_helper sys
topk torch warnings
""".split()),
    "torch.onnx.symbolic_opset11": frozenset("""
Delete GLOBALS Optional Sequence Union add append arange argsort cat chunk clamp clamp_max
clamp_min constant_pad_nd cumsum embedding_bag embedding_renorm errors flatten functools gather
hardtanh im2col index index_copy index_fill index_put insert jit_utils linalg_det
linalg_vector_norm logdet masked_scatter masked_select mm narrow normal opset10 opset9 pad
pixel_shuffle pop prim_constant_chunk reflection_pad registration relu6 remainder
replication_pad round scatter select size sort split split_with_sizes squeeze stack
symbolic_helper sys topk torch unbind unique_dim unsqueeze utils warnings
""".split()),
    "torch.onnx.symbolic_opset12": frozenset("""
Optional Tuple argmax argmin binary_cross_entropy_with_logits celu cross_entropy_loss dropout
einsum errors functools ge jit_utils le native_dropout nll_loss nll_loss2d nll_loss_nd opset9
outer pow registration symbolic_helper sys tensordot torch unfold utils
""".split()),
    "torch.onnx.symbolic_opset13": frozenset("""
diagonal errors fake_quantize_per_channel_affine fake_quantize_per_tensor_affine frobenius_norm
functools jit_utils log_softmax nonzero_numpy opset11 opset9 quantized_conv2d
quantized_conv2d_relu quantized_linear registration repeat_interleave softmax split
split_with_sizes symbolic_helper tensor_split torch unbind unsafe_chunk unsafe_split
unsafe_split_with_sizes utils where
""".split()),
    "torch.onnx.symbolic_opset14": frozenset("""
GLOBALS batch_norm functools hardswish jit_utils quantized_hardswish registration reshape
symbolic_helper torch tril triu
""".split()),
    "torch.onnx.symbolic_opset15": frozenset("""
aten__is_ aten__isnot_ functools jit_utils opset9 prim_unchecked_cast registration
symbolic_helper torch
""".split()),
    "torch.onnx.symbolic_opset16": frozenset("""
GRID_SAMPLE_INTERPOLATION_MODES GRID_SAMPLE_PADDING_MODES functools grid_sampler jit_utils
registration scatter_add symbolic_helper
""".split()),
    "torch.onnx.symbolic_opset17": frozenset("""
Sequence functools jit_utils layer_norm registration symbolic_helper
""".split()),
    "torch.onnx.symbolic_opset7": frozenset("""
block_listed_op block_listed_operators functools jit_utils max min opset9 registration
symbolic_helper warnings
""".split()),
    "torch.onnx.symbolic_opset8": frozenset("""
addmm block_listed_op block_listed_operators bmm empty empty_like errors flatten full full_like
functools gt jit_utils lt matmul mm ones ones_like opset9 prelu registration repeat
symbolic_helper torch warnings zeros zeros_like
""".split()),
    "torch.onnx.symbolic_opset9": frozenset("""
Callable GLOBALS List Number Optional Sequence Tuple Union abs acos adaptive_avg_pool1d
adaptive_avg_pool2d adaptive_avg_pool3d adaptive_max_pool1d adaptive_max_pool2d
adaptive_max_pool3d add addcmul addmm alias amax amin aminmax arange argmax argmin as_strided
as_tensor asin atan avg_pool1d avg_pool2d avg_pool3d baddbmm batch_norm bernoulli bitwise_not
bmm broadcast_tensors bucketize cat cdist ceil clamp clamp_max clamp_min clone constant_pad_nd
contiguous conv1d conv2d conv3d conv_tbc conv_transpose1d conv_transpose2d conv_transpose3d
convolution cos cosine_similarity cross cumsum detach dim div dot dropout elu embedding
embedding_bag empty empty_like eq erf errors exp expand expand_as eye fill flatten floor
floor_divide floordiv frobenius_norm full full_like func_name functools gather ge gelu
get_pool_ceil_padding glu group_norm gru gt hann_window hardshrink hardsigmoid hardswish
hardtanh index index_add index_copy index_fill index_put index_select instance_norm
is_floating_point is_pinned isnan item jit_utils kl_div layer_norm le leaky_relu lerp lift
linalg_cross linalg_matrix_norm linalg_norm linalg_vector_norm linear linspace log log10 log1p
log2 log_sigmoid log_softmax logical_and logical_or logical_xor logsumexp lstm lstm_cell lt
masked_fill math matmul max max_pool1d max_pool1d_with_indices max_pool2d
max_pool2d_with_indices max_pool3d max_pool3d_with_indices maximum meshgrid min minimum mish mm
movedim mul multinomial mv narrow native_layer_norm ne neg new_empty new_full new_ones new_zeros
nonzero nonzero_numpy noop_complex_operators norm numel numpy_T one_hot ones ones_like
onnx_placeholder overload_by_arg_count pad pairwise_distance permute pixel_shuffle
pixel_unshuffle pow prelu prim_constant prim_constant_chunk prim_constant_split prim_data
prim_device prim_dtype prim_if prim_layout prim_list_construct prim_list_unpack prim_loop
prim_max prim_min prim_shape prim_tolist prim_tuple_construct prim_type prim_unchecked_cast
prim_uninitialized rand rand_like randn randn_like reciprocal reflection_pad registration relu
relu6 remainder repeat repeat_interleave replication_pad reshape reshape_as rnn_relu rnn_tanh
roll rrelu rsqrt rsub scalar_tensor scalar_type scatter scatter_add select selu sigmoid sign
silu sin size slice softmax softplus softshrink sort split split_with_sizes sqrt square squeeze
stack std std_mean sub symbolic_helper sys t take tan tanh tanhshrink tensor threshold to topk
torch transpose true_divide type_as unbind unfold unsafe_chunk unsafe_split
unsafe_split_with_sizes unsqueeze unsupported_complex_operators unused upsample_bilinear2d
upsample_linear1d upsample_nearest1d upsample_nearest2d upsample_nearest3d upsample_trilinear3d
var var_mean view view_as warnings where wrap_logical_op_with_cast_to
wrap_logical_op_with_negation zeros zeros_like
""".split()),
    "torch.onnx.utils": frozenset("""
Any Callable Collection Dict GLOBALS List Mapping Optional Sequence Set Tuple Type Union
annotations cast contextlib copy diagnostics disable_apex_o2_state_dict_hook errors export
export_to_pretty_string exporter_context inspect io is_in_onnx_export jit_utils os re
register_custom_op_symbolic registration select_model_mode_for_export setup_onnx_logging
symbolic_caffe2 symbolic_helper textwrap torch typing unconvertible_ops unpack_quantized_tensor
unregister_custom_op_symbolic warn_on_static_input_change warnings zipfile
""".split()),
    "torch.ops": frozenset("""
loaded_libraries pyops
""".split()),
    "torch.ops.aten": frozenset("""
abs abs_ absolute absolute_ acos acos_ acosh acosh_ add add_ addbmm addcdiv addcmul addmm addr
alias all amax amin angle any arange arccos arccos_ arccosh arccosh_ arcsin arcsin_ arcsinh
arcsinh_ arctan arctan2 arctan2_ arctan_ arctanh arctanh_ argmax argmin asin asin_ asinh asinh_
atan atan2 atan2_ atan_ atanh atanh_ avg_pool2d bernoulli binary_cross_entropy
binary_cross_entropy_backward binary_cross_entropy_with_logits bitwise_and bitwise_and_
bitwise_left_shift bitwise_left_shift_ bitwise_not bitwise_not_ bitwise_or bitwise_or_
bitwise_right_shift bitwise_right_shift_ bitwise_xor bitwise_xor_ bmm broadcast_tensors cat ceil
ceil_ celu clamp clamp_ clamp_max clamp_min clip clip_ clone col2im complex conj_physical
conj_physical_ constant_pad_nd convolution copy_ copysign cos cos_ cosh cosh_ cudnn_batch_norm
cudnn_batch_norm_backward cumsum deg2rad deg2rad_ detach diag diag_embed diagonal
diagonal_backward digamma digamma_ div div_ divide divide_ dot dropout elu elu_backward
embedding embedding_dense_backward empty empty_like empty_strided eq eq_ erf erf_ erfc erfc_
erfinv erfinv_ exp exp2 exp2_ exp_ expand expm1 expm1_ eye fft_fft fft_fft2 fft_fftn
fft_fftshift fft_hfft fft_hfft2 fft_hfftn fft_ifft fft_ifft2 fft_ifftn fft_ifftshift fft_ihfft
fft_ihfft2 fft_ihfftn fft_irfft fft_irfft2 fft_irfftn fft_rfft fft_rfft2 fft_rfftn fill fill_
fix fix_ flip floor floor_ floor_divide floor_divide_ fmax fmin fmod fmod_ frac frac_ full
full_like gcd ge ge_ gelu gelu_backward glu glu_backward greater greater_ greater_equal
greater_equal_ grid_sampler_2d gt gt_ hardshrink hardshrink_backward hardsigmoid
hardsigmoid_backward hardswish hardswish_ hardswish_backward hardtanh hardtanh_
hardtanh_backward heaviside hinge_embedding_loss huber_loss huber_loss_backward hypot i0 i0_
igamma igammac im2col index index_add index_add_ index_copy index_copy_ index_fill index_fill_
index_put index_put_ index_select is_pinned is_same_size isinf isnan isneginf isposinf item lcm
le le_ leaky_relu leaky_relu_ leaky_relu_backward less less_ less_equal less_equal_ lgamma
lgamma_ lift lift_fresh linalg_vector_norm linspace log log10 log10_ log1p log1p_ log2 log2_
log_ log_sigmoid_backward log_sigmoid_forward logaddexp logaddexp2 logical_and logical_not
logical_not_ logical_or logical_xor logit logit_ logit_backward logspace logsumexp lt lt_
margin_ranking_loss masked_fill masked_fill_ matmul max max_pool2d_with_indices maximum mean
meshgrid min minimum mish mish_backward mm mse_loss mse_loss_backward mul mul_ multiply
multiply_ mv mvlgamma name nan_to_num nan_to_num_ nanmedian nansum native_batch_norm
native_batch_norm_backward native_dropout native_dropout_backward native_group_norm
native_group_norm_backward native_layer_norm native_layer_norm_backward ne ne_ neg neg_ negative
negative_ new_empty new_empty_strided new_full new_ones new_zeros nextafter nextafter_
nll_loss2d_backward nll_loss_backward nll_loss_forward norm not_equal not_equal_ ones ones_like
pairwise_distance pdist permute pin_memory positive pow pow_ prelu prelu_backward prod
quantized_gru quantized_lstm rad2deg rad2deg_ rand_like randint_like randn randn_like randperm
reciprocal reciprocal_ reflection_pad2d relu relu6 relu_ remainder remainder_ repeat
repeat_interleave resize_as_ roll rot90 round round_ rrelu_with_noise_backward rsqrt rsqrt_ rsub
select select_backward selu sgn sgn_ sigmoid sigmoid_ sigmoid_backward sign sign_ signbit silu
silu_ silu_backward sin sin_ sinc sinc_ sinh sinh_ slice slice_backward soft_margin_loss
soft_margin_loss_backward softplus softplus_backward softshrink softshrink_backward
special_bessel_j0 special_bessel_j1 special_i0 special_i0e special_i1 special_i1e
special_spherical_bessel_j0 special_zeta split split_with_sizes sqrt sqrt_ square square_
squeeze stack std std_mean sub sub_ subtract subtract_ sum t tan tan_ tanh tanh_ tanh_backward
threshold threshold_backward to trace transpose tril tril_indices triu triu_indices true_divide
true_divide_ trunc trunc_ unbind unfold_copy uniform unsqueeze upsample_bicubic2d
upsample_bilinear2d var var_mean vdot view where xlogy zero_ zeros zeros_like
""".split()),
    "torch.ops.nvprims": frozenset("""
abs acos add amax amin asin atan atan2 atanh bitwise_and bitwise_not bitwise_or bitwise_xor
broadcast_in_dim ceil convert_element_type cos cosh div eq erf erfc exp expm1 floor fmod ge gt
imag isfinite le lgamma log log10 log1p log2 lt mul name native_batch_norm ne neg pow rand_like
real reciprocal remainder round rsqrt sign sin sinh sqrt squeeze sub sum tan tanh transpose
trunc var var_mean view_of where
""".split()),
    "torch.ops.prims": frozenset("""
abs acos acosh add amax amin arange as_strided asin asinh atan atan2 atanh bessel_i0 bessel_i0e
bessel_i1 bessel_i1e bessel_j0 bessel_j1 bitwise_and bitwise_not bitwise_or bitwise_xor
broadcast_in_dim cat cbrt ceil collapse_view conj conj_physical convert_element_type copy_to cos
cosh device_put digamma div empty empty_strided eq erf erf_inv erfc exp exp2 expm1 fft_c2c
fft_c2r fft_r2c fill floor fmax fmin fmod full full_like gcd ge gt hypot igamma igammac imag
isfinite item le lgamma log log10 log1p log2 lt maximum maximum_value minimum minium_value mul
name ne neg nextafter normal pow prod real reciprocal remainder reshape resize rev round rsqrt
scalar_tensor shift_left shift_right_arithmetic sign signbit sin sinh slice slice_in_dim
spherical_bessel_j0 split_dim sqrt squeeze sub sum svd tan tanh to_dtype transpose trunc uniform
var view_of where zeta
""".split()),
    "torch.ops.profiler": frozenset("""
name
""".split()),
    "torch.ops.quantized": frozenset("""
dropout elu hardswish instance_norm layer_norm leaky_relu name
""".split()),
    "torch.optim": frozenset("""
ASGD Adadelta Adagrad Adam AdamW Adamax LBFGS NAdam Optimizer RAdam RMSprop Rprop SGD SparseAdam
""".split()),
    "torch.optim.lr_scheduler": frozenset("""
ChainedScheduler ConstantLR CosineAnnealingLR CosineAnnealingWarmRestarts Counter CyclicLR
EPOCH_DEPRECATION_WARNING ExponentialLR LambdaLR LinearLR MultiStepLR MultiplicativeLR
OneCycleLR Optimizer PolynomialLR ReduceLROnPlateau SequentialLR StepLR bisect_right inf math
types warnings weakref wraps
""".split()),
    "torch.optim.swa_utils": frozenset("""
AveragedModel Module SWALR deepcopy itertools math torch update_bn warnings
""".split()),
    "torch.overrides": frozenset("""
Any BaseTorchFunctionMode Callable Dict Iterable Iterator List Set TorchFunctionMode Tuple Type
collections contextlib enable_reentrant_dispatch functools get_buffer
get_default_nowrap_functions get_ignored_functions get_overridable_functions
get_testing_overrides handle_torch_function has_torch_function has_torch_function_unary
has_torch_function_variadic is_tensor_like is_tensor_method_or_property resolve_name torch types
warnings wrap_torch_function
""".split()),
    "torch.package": frozenset("""
Directory EmptyMatchError GlobGroup Importer ObjMismatchError ObjNotFoundError OrderedImporter
PackageExporter PackageImporter PackagingError is_from_package sys_importer
""".split()),
    "torch.package.analyze": frozenset("""
find_first_use_of_broken_modules trace_dependencies
""".split()),
    "torch.package.analyze.is_from_package": frozenset("""
Any ModuleType is_from_package is_mangled
""".split()),
    "torch.package.file_structure_representation": frozenset("""
Dict Directory GlobGroup GlobPattern List
""".split()),
    "torch.package.find_file_dependencies": frozenset("""
List Optional Tuple ast find_files_source_depends_on sys
""".split()),
    "torch.package.glob_group": frozenset("""
GlobGroup GlobPattern Iterable Union re
""".split()),
    "torch.package.importer": frozenset("""
ABC Any Dict Importer List ModuleType ObjMismatchError ObjNotFoundError Optional OrderedImporter
Tuple abstractmethod demangle get_mangle_prefix importlib is_mangled sys_importer
""".split()),
    "torch.package.package_exporter": frozenset("""
ActionHook Any BinaryIO Callable DefaultDict DiGraph Dict EmptyMatchError Enum GlobGroup
GlobPattern Importer List Optional OrderedDict OrderedImporter PackageExporter PackagingError
PackagingErrorReason Path RemovableHandle Sequence Set Storage Union cast collections
create_pickler dataclass defaultdict demangle find_files_source_depends_on importlib io
is_mangled is_stdlib_module linecache location_tag normalize_storage_type pickletools platform
sys_importer torch types
""".split()),
    "torch.package.package_importer": frozenset("""
Any BinaryIO Callable Dict Directory DirectoryReader GlobPattern IMPLICIT_IMPORT_ALLOWLIST
Importer Iterable List Optional PackageImporter PackageMangler PackageUnpickler Path Union
WeakValueDictionary builtins cast contextmanager demangle importlib inspect io linecache os
torch types
""".split()),
    "torch.profiler": frozenset("""
DeviceType ExecutionGraphObserver ProfilerAction ProfilerActivity RecordScope kineto_available
profile record_function schedule supported_activities tensorboard_trace_handler
""".split()),
    "torch.profiler.itt": frozenset("""
contextmanager is_available mark range range_pop range_push
""".split()),
    "torch.profiler.profiler": frozenset("""
Any Callable Dict Enum ExecutionGraphObserver Iterable List Optional ProfilerAction
ProfilerActivity Tuple gzip json kineto_available os partial prof profile schedule
supported_activities tempfile tensorboard_trace_handler torch warn
""".split()),
    "torch.quantization": frozenset("""
ABC DEFAULT_DYNAMIC_QUANT_MODULE_MAPPINGS DEFAULT_FLOAT_TO_QUANTIZED_OPERATOR_MAPPINGS
DEFAULT_MODULE_TO_ACT_POST_PROCESS DEFAULT_OP_LIST_TO_FUSER_METHOD DEFAULT_QAT_MODULE_MAPPINGS
DEFAULT_REFERENCE_STATIC_QUANT_MODULE_MAPPINGS DEFAULT_STATIC_QUANT_MODULE_MAPPINGS DeQuantStub
FakeQuantize FakeQuantizeBase FixedQParamsFakeQuantize FusedMovingAvgObsFakeQuantize
HistogramObserver MinMaxObserver MovingAverageMinMaxObserver
MovingAveragePerChannelMinMaxObserver NoopObserver ObserverBase PerChannelMinMaxObserver
PlaceholderObserver QConfig QConfigAny QConfigDynamic QuantStub QuantType QuantWrapper
RecordingObserver add_module_to_qconfig_obs_ctr add_observer_ add_quant_dequant
assert_valid_qconfig convert convert_dynamic_jit convert_jit default_activation_only_qconfig
default_debug_observer default_debug_qconfig default_dynamic_qconfig
default_dynamic_quant_observer default_eval_fn default_fake_quant
default_fixed_qparams_range_0to1_fake_quant default_fixed_qparams_range_neg1to1_fake_quant
default_float_qparams_observer default_fused_act_fake_quant
default_fused_per_channel_wt_fake_quant default_fused_wt_fake_quant default_histogram_fake_quant
default_histogram_observer default_observer default_per_channel_qconfig
default_per_channel_weight_fake_quant default_per_channel_weight_observer
default_placeholder_observer default_qat_qconfig default_qat_qconfig_v2 default_qconfig
default_weight_fake_quant default_weight_observer default_weight_only_qconfig disable_fake_quant
disable_observer enable_fake_quant enable_observer float16_dynamic_qconfig
float16_static_qconfig float_qparams_weight_only_qconfig fuse_conv_bn fuse_conv_bn_jit
fuse_conv_bn_relu fuse_linear_bn fuse_modules get_default_compare_output_module_list
get_default_dynamic_quant_module_mappings get_default_float_to_quantized_operator_mappings
get_default_qat_module_mappings get_default_qat_qconfig get_default_qconfig
get_default_qconfig_propagation_list get_default_static_quant_module_mappings
get_dynamic_quant_module_class get_fuser_method get_observer_dict get_observer_state_dict
get_quantized_operator get_static_quant_module_class get_unique_devices_
is_activation_post_process load_observer_state_dict no_observer_set per_channel_dynamic_qconfig
prepare prepare_dynamic_jit prepare_jit prepare_qat propagate_qconfig_ qconfig_equals
quant_type_to_str quantize quantize_dynamic quantize_dynamic_jit quantize_jit quantize_qat
register_activation_post_process_hook script_qconfig script_qconfig_dict swap_module
""".split()),
    "torch.quantization.fake_quantize": frozenset("""
FakeQuantize FakeQuantizeBase FixedQParamsFakeQuantize FusedMovingAvgObsFakeQuantize
default_fake_quant default_fixed_qparams_range_0to1_fake_quant
default_fixed_qparams_range_neg1to1_fake_quant default_fused_act_fake_quant
default_fused_per_channel_wt_fake_quant default_fused_wt_fake_quant default_histogram_fake_quant
default_per_channel_weight_fake_quant default_weight_fake_quant disable_fake_quant
disable_observer enable_fake_quant enable_observer
""".split()),
    "torch.quantization.fuser_method_mappings": frozenset("""
DEFAULT_OP_LIST_TO_FUSER_METHOD fuse_conv_bn fuse_conv_bn_relu fuse_linear_bn get_fuser_method
""".split()),
    "torch.quantization.observer": frozenset("""
ABC HistogramObserver MinMaxObserver MovingAverageMinMaxObserver
MovingAveragePerChannelMinMaxObserver NoopObserver ObserverBase PerChannelMinMaxObserver
PlaceholderObserver RecordingObserver default_debug_observer default_dynamic_quant_observer
default_float_qparams_observer default_histogram_observer default_observer
default_per_channel_weight_observer default_placeholder_observer default_weight_observer
get_observer_state_dict load_observer_state_dict
""".split()),
    "torch.quantization.qconfig": frozenset("""
QConfig QConfigAny QConfigDynamic add_module_to_qconfig_obs_ctr assert_valid_qconfig
default_activation_only_qconfig default_debug_qconfig default_dynamic_qconfig
default_per_channel_qconfig default_qat_qconfig default_qat_qconfig_v2 default_qconfig
default_weight_only_qconfig float16_dynamic_qconfig float16_static_qconfig
float_qparams_weight_only_qconfig get_default_qat_qconfig get_default_qconfig
per_channel_dynamic_qconfig qconfig_equals
""".split()),
    "torch.quantization.quant_type": frozenset("""
QuantType quant_type_to_str
""".split()),
    "torch.quantization.quantization_mappings": frozenset("""
DEFAULT_DYNAMIC_QUANT_MODULE_MAPPINGS DEFAULT_FLOAT_TO_QUANTIZED_OPERATOR_MAPPINGS
DEFAULT_MODULE_TO_ACT_POST_PROCESS DEFAULT_QAT_MODULE_MAPPINGS
DEFAULT_REFERENCE_STATIC_QUANT_MODULE_MAPPINGS DEFAULT_STATIC_QUANT_MODULE_MAPPINGS
get_default_compare_output_module_list get_default_dynamic_quant_module_mappings
get_default_float_to_quantized_operator_mappings get_default_qat_module_mappings
get_default_qconfig_propagation_list get_default_static_quant_module_mappings
get_dynamic_quant_module_class get_quantized_operator get_static_quant_module_class
no_observer_set
""".split()),
    "torch.quantization.stubs": frozenset("""
DeQuantStub QuantStub QuantWrapper
""".split()),
    "torch.quasirandom": frozenset("""
Optional SobolEngine torch
""".split()),
    "torch.random": frozenset("""
Generator contextlib default_generator fork_rng get_rng_state initial_seed manual_seed seed
set_rng_state torch warnings
""".split()),
    "torch.return_types": frozenset("""
aminmax aminmax_out cummax cummax_out cummin cummin_out frexp frexp_out geqrf geqrf_out
histogram histogram_out histogramdd inspect kthvalue kthvalue_out linalg_cholesky_ex
linalg_cholesky_ex_out linalg_eig linalg_eig_out linalg_eigh linalg_eigh_out linalg_inv_ex
linalg_inv_ex_out linalg_ldl_factor linalg_ldl_factor_ex linalg_ldl_factor_ex_out
linalg_ldl_factor_out linalg_lstsq linalg_lstsq_out linalg_lu linalg_lu_factor
linalg_lu_factor_ex linalg_lu_factor_ex_out linalg_lu_factor_out linalg_lu_out linalg_qr
linalg_qr_out linalg_slogdet linalg_slogdet_out linalg_solve_ex linalg_solve_ex_out linalg_svd
linalg_svd_out lu_unpack lu_unpack_out max max_out median median_out min min_out mode mode_out
name nanmedian nanmedian_out pytree_register_structseq qr qr_out return_types slogdet
slogdet_out sort sort_out svd svd_out symeig symeig_out topk topk_out torch triangular_solve
triangular_solve_out
""".split()),
    "torch.serialization": frozenset("""
Any BinaryIO Callable DEFAULT_PROTOCOL Dict FILE_LIKE INT_SIZE IO LONG_SIZE MAGIC_NUMBER
MAP_LOCATION Optional PROTOCOL_VERSION SHORT_SIZE STORAGE_KEY_SEPARATOR SourceChangeWarning
Storage StorageType Tuple Type TypeAlias Union cast check_module_version_greater_or_equal
closing contextmanager copyreg default_restore_location difflib get_source_lines_and_file io
load location_tag mkdtemp normalize_storage_type os pathlib pickle register_package save shutil
storage_to_tensor_type struct sys tarfile tempfile torch validate_cuda_device warnings
""".split()),
    "torch.sparse": frozenset("""
BFloat16Tensor ByteTensor CharTensor DType DimOrDims DoubleTensor FloatTensor HalfTensor
IntTensor List LongTensor Optional ShortTensor TYPE_CHECKING Tensor Tuple Union addmm
log_softmax mm sampled_addmm softmax spdiags sum torch
""".split()),
    "torch.special": frozenset("""
Tensor airy_ai bessel_j0 bessel_j1 bessel_y0 bessel_y1 chebyshev_polynomial_t
chebyshev_polynomial_u chebyshev_polynomial_v chebyshev_polynomial_w common_args digamma entr
erf erfc erfcx erfinv exp2 expit expm1 gammainc gammaincc gammaln hermite_polynomial_h
hermite_polynomial_he i0 i0e i1 i1e laguerre_polynomial_l legendre_polynomial_p log1p log_ndtr
log_softmax logit logsumexp modified_bessel_i0 modified_bessel_i1 modified_bessel_k0
modified_bessel_k1 multi_dim_common multigammaln ndtr ndtri polygamma psi round
scaled_modified_bessel_k0 scaled_modified_bessel_k1 shifted_chebyshev_polynomial_t
shifted_chebyshev_polynomial_u shifted_chebyshev_polynomial_v shifted_chebyshev_polynomial_w
sinc softmax spherical_bessel_j0 torch xlog1py xlogy zeta
""".split()),
    "torch.storage": frozenset("""
Any HAS_NUMPY Storage T Type TypeVar TypedStorage Union UntypedStorage cast collections copy io
lru_cache np torch
""".split()),
    "torch.testing": frozenset("""
FileCheck all_types all_types_and all_types_and_complex all_types_and_complex_and
all_types_and_half assert_allclose assert_close complex_types double_types empty_types
floating_and_complex_types floating_and_complex_types_and floating_types floating_types_and
floating_types_and_half get_all_complex_dtypes get_all_device_types get_all_dtypes
get_all_fp_dtypes get_all_int_dtypes get_all_math_dtypes integral_types integral_types_and
make_non_contiguous make_tensor rand randn
""".split()),
    "torch.torch_version": frozenset("""
Any InvalidVersion Iterable TorchVersion Version cmp_method internal_version
""".split()),
    "torch.types": frozenset("""
Any Device List Number Sequence Storage SymInt Tuple Union builtins torch
""".split()),
    "torch.utils": frozenset("""
ThroughputBenchmark cmake_prefix_path disable_minidumps enable_minidumps
enable_minidumps_on_exceptions get_cpp_backtrace set_module sys
""".split()),
    "torch.utils.backcompat": frozenset("""
Warning broadcast_warning keepdim_warning
""".split()),
    "torch.utils.cpp_backtrace": frozenset("""
get_cpp_backtrace
""".split()),
    "torch.utils.data": frozenset("""
BatchSampler ChainDataset ConcatDataset DFIterDataPipe DataChunk DataLoader DataLoader2 Dataset
DistributedSampler IterDataPipe IterableDataset MapDataPipe RandomSampler Sampler
SequentialSampler Subset SubsetRandomSampler TensorDataset WeightedRandomSampler
argument_validation default_collate default_convert functional_datapipe get_worker_info
guaranteed_datapipes_determinism non_deterministic random_split runtime_validation
runtime_validation_disabled
""".split()),
    "torch.utils.data.backward_compatibility": frozenset("""
warnings worker_init_fn
""".split()),
    "torch.utils.data.communication": frozenset(),
    "torch.utils.data.communication.eventloop": frozenset("""
DataPipeToQueuesLoop HAS_DILL IterDataPipe MapDataPipe SpawnProcessForDataPipeline
SpawnThreadForDataPipeline communication pickle threading torch
""".split()),
    "torch.utils.data.communication.iter": frozenset("""
DEFAULT_NON_BLOCKING_SLEEP DataPipeBehindQueues EnsureNonBlockingDataPipe
InvalidStateResetRequired IterDataPipe NonBlocking NotAvailable QueueWrapper communication
default_not_available_hook time types
""".split()),
    "torch.utils.data.communication.map": frozenset("""
DEFAULT_NON_BLOCKING_SLEEP DataPipeBehindQueues EnsureNonBlockingMapDataPipe MapDataPipe
NonBlockingMap NotAvailable QueueWrapperForMap communication default_not_available_hook time
types
""".split()),
    "torch.utils.data.communication.messages": frozenset("""
DataLoaderQueueMessage GetItemRequest GetItemResponse GetNextRequest GetNextResponse
InvalidStateResponse LenRequest LenResponse Request ResetIteratorRequest ResetIteratorResponse
Response StopIterationResponse TerminateRequest TerminateResponse
""".split()),
    "torch.utils.data.communication.protocol": frozenset("""
EmptyQueue IterDataPipeQueueProtocolClient IterDataPipeQueueProtocolServer
MapDataPipeQueueProtocolClient MapDataPipeQueueProtocolServer Protocol ProtocolClient
ProtocolServer communication
""".split()),
    "torch.utils.data.communication.queue": frozenset("""
LocalQueue ThreadingQueue threading time
""".split()),
    "torch.utils.data.dataloader": frozenset("""
Any BatchSampler Callable DataLoader Dataset ExceptionWrapper Generic IterDataPipe Iterable
IterableDataset List MapDataPipe Optional RandomSampler Sampler Sequence SequentialSampler T
T_co TypeVar Union default_collate default_convert dist functools get_worker_info itertools
logger logging multiprocessing os python_multiprocessing queue string_classes threading torch
warnings
""".split()),
    "torch.utils.data.dataloader_experimental": frozenset("""
Any DataLoader DataLoader2 IterDataPipe IterableWrapper List communication time torch
""".split()),
    "torch.utils.data.datapipes": frozenset(),
    "torch.utils.data.datapipes.dataframe": frozenset("""
CaptureDataFrame DFIterDataPipe DataFramesAsTuplesPipe
""".split()),
    "torch.utils.data.datapipes.dataframe.dataframe_wrapper": frozenset("""
PandasWrapper concat create_dataframe default_wrapper get_columns get_df_wrapper get_item
get_len is_column is_dataframe iterate set_df_wrapper
""".split()),
    "torch.utils.data.datapipes.dataframe.dataframes": frozenset("""
Any Capture CaptureA CaptureAdd CaptureCall CaptureControl CaptureDataFrame
CaptureDataFrameWithDataPipeOps CaptureF CaptureGetAttr CaptureGetItem CaptureInitial
CaptureLikeMock CaptureMul CaptureSetItem CaptureSub CaptureVariable CaptureVariableAssign
DATAPIPES_OPS DFIterDataPipe DataChunkDF DataFrameTracedOps DataFrameTracer Dict IterDataPipe
List UNIMPLEMENTED_ATTR disable_capture functional_datapipe get_val
""".split()),
    "torch.utils.data.datapipes.dataframe.datapipes": frozenset("""
ConcatDataFramesPipe DFIterDataPipe DataFramesAsTuplesPipe ExampleAggregateAsDataFrames
FilterDataFramesPipe IterDataPipe PerRowDataFramesPipe ShuffleDataFramesPipe df_wrapper
functional_datapipe random
""".split()),
    "torch.utils.data.datapipes.dataframe.structures": frozenset("""
DataChunk DataChunkDF df_wrapper
""".split()),
    "torch.utils.data.datapipes.datapipe": frozenset("""
Callable DFIterDataPipe DataChunk Dataset Dict Generic HAS_DILL IterDataPipe IterableDataset
Iterator MapDataPipe Optional T T_co TypeVar UNTRACABLE_DATAFRAME_PIPES functools pickle
""".split()),
    "torch.utils.data.datapipes.iter": frozenset("""
Batcher Collator Concater Demultiplexer FileLister FileLoader FileOpener Filter Forker Grouper
IterableWrapper Mapper Multiplexer RoutedDecoder Sampler ShardingFilter Shuffler StreamReader
UnBatcher Zipper
""".split()),
    "torch.utils.data.datapipes.iter.callable": frozenset("""
Any Callable CollatorIterDataPipe Dict IterDataPipe Iterator List MapperIterDataPipe Optional
Sized T_co TypeVar Union default_collate df_wrapper functional_datapipe functools namedtuple
validate_input_col
""".split()),
    "torch.utils.data.datapipes.iter.combinatorics": frozenset("""
Dict IterDataPipe Iterator List Optional Sampler SamplerIterDataPipe SequentialSampler
ShufflerIterDataPipe Sized T_co Tuple Type TypeVar functional_datapipe random torch
""".split()),
    "torch.utils.data.datapipes.iter.combining": frozenset("""
Any Callable ConcaterIterDataPipe DemultiplexerIterDataPipe Deque ForkerIterDataPipe
IterDataPipe Iterator List MultiplexerIterDataPipe Optional Sized StreamWrapper T_co Tuple
TypeVar ZipperIterDataPipe deque functional_datapipe warnings
""".split()),
    "torch.utils.data.datapipes.iter.filelister": frozenset("""
FileListerIterDataPipe IterDataPipe IterableWrapper Iterator List Sequence Union
functional_datapipe get_file_pathnames_from_root
""".split()),
    "torch.utils.data.datapipes.iter.fileopener": frozenset("""
FileLoaderIterDataPipe FileOpenerIterDataPipe IOBase IterDataPipe Iterable Optional Tuple
functional_datapipe get_file_binaries_from_pathnames
""".split()),
    "torch.utils.data.datapipes.iter.grouping": frozenset("""
Any BatcherIterDataPipe Callable DataChunk DefaultDict GrouperIterDataPipe IterDataPipe Iterator
List Optional ShardingFilterIterDataPipe Sized T_co TypeVar UnBatcherIterDataPipe defaultdict
functional_datapipe
""".split()),
    "torch.utils.data.datapipes.iter.routeddecoder": frozenset("""
Any BufferedIOBase Callable Decoder IterDataPipe Iterable Iterator RoutedDecoderIterDataPipe
Sized Tuple decoder_basichandlers decoder_imagehandler extension_extract_fn functional_datapipe
""".split()),
    "torch.utils.data.datapipes.iter.selecting": frozenset("""
Callable FilterIterDataPipe IterDataPipe Iterator Optional StreamWrapper T_co TypeVar df_wrapper
functional_datapipe validate_input_col
""".split()),
    "torch.utils.data.datapipes.iter.streamreader": frozenset("""
IterDataPipe StreamReaderIterDataPipe Tuple functional_datapipe
""".split()),
    "torch.utils.data.datapipes.iter.utils": frozenset("""
IterDataPipe IterableWrapperIterDataPipe copy warnings
""".split()),
    "torch.utils.data.datapipes.map": frozenset("""
Batcher Concater Mapper SequenceWrapper Shuffler Zipper
""".split()),
    "torch.utils.data.datapipes.map.callable": frozenset("""
Callable MapDataPipe MapperMapDataPipe T_co TypeVar default_fn functional_datapipe
""".split()),
    "torch.utils.data.datapipes.map.combinatorics": frozenset("""
IterDataPipe Iterator List MapDataPipe Optional ShufflerIterDataPipe T_co TypeVar random torch
""".split()),
    "torch.utils.data.datapipes.map.combining": frozenset("""
ConcaterMapDataPipe MapDataPipe Sized T_co Tuple TypeVar ZipperMapDataPipe functional_datapipe
""".split()),
    "torch.utils.data.datapipes.map.grouping": frozenset("""
BatcherMapDataPipe DataChunk List MapDataPipe Optional Sized T TypeVar functional_datapipe
""".split()),
    "torch.utils.data.datapipes.map.utils": frozenset("""
MapDataPipe SequenceWrapperMapDataPipe copy warnings
""".split()),
    "torch.utils.data.datapipes.utils": frozenset(),
    "torch.utils.data.datapipes.utils.common": frozenset("""
Any Callable DILL_AVAILABLE Dict IOBase Iterable List Optional StreamWrapper Tuple Union fnmatch
get_file_binaries_from_pathnames get_file_pathnames_from_root inspect match_masks os partial
validate_input_col validate_pathname_binary_tuple warnings
""".split()),
    "torch.utils.data.datapipes.utils.decoder": frozenset("""
Decoder ImageHandler MatHandler StreamWrapper audiohandler basichandlers extension_extract_fn
handle_extension imagehandler imagespecs io json mathandler os pickle tempfile torch
videohandler
""".split()),
    "torch.utils.data.dataset": frozenset("""
ChainDataset ConcatDataset Dataset Generator Generic Iterable IterableDataset Iterator List
Optional Sequence Subset T T_co Tensor TensorDataset Tuple TypeVar Union bisect
default_generator math random_split randperm warnings
""".split()),
    "torch.utils.data.distributed": frozenset("""
Dataset DistributedSampler Iterator Optional Sampler T_co TypeVar dist math torch
""".split()),
    "torch.utils.data.graph": frozenset("""
Collection DILL_AVAILABLE DataPipe DataPipeGraph Dict IterDataPipe List MapDataPipe Optional Set
Tuple Type Union io pickle traverse traverse_dps warnings
""".split()),
    "torch.utils.data.graph_settings": frozenset("""
Any DataPipe DataPipeGraph List Optional Set apply_random_seed apply_sharding apply_shuffle_seed
apply_shuffle_settings get_all_graph_pipes inspect torch traverse_dps warnings
""".split()),
    "torch.utils.data.sampler": frozenset("""
BatchSampler Generic Iterable Iterator List Optional RandomSampler Sampler Sequence
SequentialSampler Sized SubsetRandomSampler T_co Tensor TypeVar Union WeightedRandomSampler
torch
""".split()),
    "torch.utils.dlpack": frozenset("""
Any DLDeviceType enum from_dlpack to_dlpack torch
""".split()),
    "torch.utils.hooks": frozenset("""
Any BackwardHook OrderedDict RemovableHandle torch unserializable_hook warn_if_has_hooks
warnings weakref
""".split()),
    "torch.utils.throughput_benchmark": frozenset("""
ExecutionStats ThroughputBenchmark format_time torch
""".split()),
    "torch.version": frozenset("""
cuda debug git_version hip
""".split()),
}

SUBMODULES = frozenset(name for name in PACKAGE_NAMES if name != "torch")

FUNCTIONS = PACKAGE_NAMES["torch"]

TENSOR_METHODS = frozenset("""
H T abs abs_ absolute absolute_ acos acos_ acosh acosh_ add add_ addbmm addbmm_ addcdiv addcdiv_
addcmul addcmul_ addmm addmm_ addmv addmv_ addr addr_ adjoint align_as align_to all allclose
amax amin aminmax angle any apply_ arccos arccos_ arccosh arccosh_ arcsin arcsin_ arcsinh
arcsinh_ arctan arctan2 arctan2_ arctan_ arctanh arctanh_ argmax argmin argsort argwhere
as_strided as_strided_ as_strided_scatter as_subclass asin asin_ asinh asinh_ atan atan2 atan2_
atan_ atanh atanh_ backward baddbmm baddbmm_ bernoulli bernoulli_ bfloat16 bincount bitwise_and
bitwise_and_ bitwise_left_shift bitwise_left_shift_ bitwise_not bitwise_not_ bitwise_or
bitwise_or_ bitwise_right_shift bitwise_right_shift_ bitwise_xor bitwise_xor_ bmm bool
broadcast_to byte cauchy_ ccol_indices cdouble ceil ceil_ cfloat chalf char cholesky
cholesky_inverse cholesky_solve chunk clamp clamp_ clamp_max clamp_max_ clamp_min clamp_min_
clip clip_ clone coalesce col_indices conj conj_physical conj_physical_ contiguous copy_
copysign copysign_ corrcoef cos cos_ cosh cosh_ count_nonzero cov cpu cross crow_indices cuda
cummax cummin cumprod cumprod_ cumsum cumsum_ data data_ptr deg2rad deg2rad_ dense_dim
dequantize det detach detach_ device diag diag_embed diagflat diagonal diagonal_scatter diff
digamma digamma_ dim dist div div_ divide divide_ dot double dsplit dtype eig element_size eq
eq_ equal erf erf_ erfc erfc_ erfinv erfinv_ exp exp2 exp2_ exp_ expand expand_as expm1 expm1_
exponential_ fill_ fill_diagonal_ fix fix_ flatten flip fliplr flipud float float_power
float_power_ floor floor_ floor_divide floor_divide_ fmax fmin fmod fmod_ frac frac_ frexp
gather gcd gcd_ ge ge_ geometric_ geqrf ger get_device grad grad_fn greater greater_
greater_equal greater_equal_ gt gt_ half hardshrink has_names heaviside heaviside_ histc
histogram hsplit hypot hypot_ i0 i0_ igamma igamma_ igammac igammac_ imag index_add index_add_
index_copy index_copy_ index_fill index_fill_ index_put index_put_ index_reduce index_reduce_
index_select indices inner int int_repr inverse ipu is_coalesced is_complex is_conj
is_contiguous is_cpu is_cuda is_distributed is_floating_point is_inference is_ipu is_leaf
is_meta is_mkldnn is_mps is_neg is_nested is_nonzero is_ort is_pinned is_quantized is_same_size
is_set_to is_shared is_signed is_sparse is_sparse_csr is_vulkan is_xpu isclose isfinite isinf
isnan isneginf isposinf isreal istft item kron kthvalue layout lcm lcm_ ldexp ldexp_ le le_ lerp
lerp_ less less_ less_equal less_equal_ lgamma lgamma_ log log10 log10_ log1p log1p_ log2 log2_
log_ log_normal_ log_softmax logaddexp logaddexp2 logcumsumexp logdet logical_and logical_and_
logical_not logical_not_ logical_or logical_or_ logical_xor logical_xor_ logit logit_ logsumexp
long lstsq lt lt_ lu lu_solve mH mT map2_ map_ masked_fill masked_fill_ masked_scatter
masked_scatter_ masked_select matmul matrix_exp matrix_power max maximum mean median min minimum
mm mode moveaxis movedim msort mul mul_ multinomial multiply multiply_ mv mvlgamma mvlgamma_
name names nan_to_num nan_to_num_ nanmean nanmedian nanquantile nansum narrow narrow_copy ndim
ndimension ne ne_ neg neg_ negative negative_ nelement new new_empty new_empty_strided new_full
new_ones new_tensor new_zeros nextafter nextafter_ nonzero norm normal_ not_equal not_equal_
numel numpy orgqr ormqr outer output_nr permute pin_memory pinverse polygamma polygamma_
positive pow pow_ prelu prod put put_ q_per_channel_axis q_per_channel_scales
q_per_channel_zero_points q_scale q_zero_point qr qscheme quantile rad2deg rad2deg_ random_
ravel real reciprocal reciprocal_ record_stream refine_names register_hook reinforce relu relu_
remainder remainder_ rename rename_ renorm renorm_ repeat repeat_interleave requires_grad
requires_grad_ reshape reshape_as resize resize_ resize_as resize_as_ resize_as_sparse_
resolve_conj resolve_neg retain_grad retains_grad roll rot90 round round_ row_indices rsqrt
rsqrt_ scatter scatter_ scatter_add scatter_add_ scatter_reduce scatter_reduce_ select
select_scatter set_ sgn sgn_ shape share_memory_ short sigmoid sigmoid_ sign sign_ signbit sin
sin_ sinc sinc_ sinh sinh_ size slice_scatter slogdet smm softmax solve sort sparse_dim
sparse_mask sparse_resize_ sparse_resize_and_clear_ split split_with_sizes sqrt sqrt_ square
square_ squeeze squeeze_ sspaddmm std stft storage storage_offset storage_type stride sub sub_
subtract subtract_ sum sum_to_size svd swapaxes swapaxes_ swapdims swapdims_ symeig t t_ take
take_along_dim tan tan_ tanh tanh_ tensor_split tile to to_dense to_mkldnn to_padded_tensor
to_sparse to_sparse_bsc to_sparse_bsr to_sparse_coo to_sparse_csc to_sparse_csr tolist topk
trace transpose transpose_ triangular_solve tril tril_ triu triu_ true_divide true_divide_ trunc
trunc_ type type_as unbind unflatten unfold uniform_ unique unique_consecutive unsafe_chunk
unsafe_split unsafe_split_with_sizes unsqueeze unsqueeze_ values var vdot view view_as volatile
vsplit where xlogy xlogy_ xpu zero_
""".split())
